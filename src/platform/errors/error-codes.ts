/** The stable error codes of DESIGN §3, with their HTTP status and whether a caller may retry. */
export const ERROR_CODES = {
  INVALID_INPUT: { status: 400, retryable: false },
  UNAUTHENTICATED: { status: 401, retryable: false },
  FORBIDDEN: { status: 403, retryable: false },
  NOT_FOUND: { status: 404, retryable: false },
  CONFLICT: { status: 409, retryable: false },
  PAYLOAD_TOO_LARGE: { status: 413, retryable: false },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retryable: false },
  RATE_LIMITED: { status: 429, retryable: true },
  OVERLOADED: { status: 503, retryable: true },
  UPSTREAM_REJECTED: { status: 502, retryable: false },
  UPSTREAM_UNAUTHORIZED: { status: 502, retryable: false },
  UPSTREAM_UNAVAILABLE: { status: 503, retryable: true },
  CIRCUIT_OPEN: { status: 503, retryable: false },
  TIMEOUT: { status: 504, retryable: true },
  INTERNAL: { status: 500, retryable: false },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; details: FieldError[] };
  requestId: string;
}
