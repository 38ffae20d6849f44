/** A field the backend rejected (DESIGN §3: `details` of INVALID_INPUT and some CONFLICTs). */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** An HTTP call to the backend that failed: unreachable, unexpected status or unreadable body. */
export class ApiError extends Error {
  /** HTTP status when the backend answered, undefined when it could not be reached. */
  readonly status: number | undefined;
  /** The envelope's stable code (`INVALID_INPUT`, `CONFLICT`, …), or `NETWORK` when unreachable. */
  readonly code: string;
  readonly details: FieldError[];
  readonly requestId: string | undefined;

  constructor(
    message: string,
    status?: number,
    options?: ErrorOptions & { code?: string; details?: FieldError[]; requestId?: string },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
    this.code = options?.code ?? (status === undefined ? 'NETWORK' : 'HTTP_ERROR');
    this.details = options?.details ?? [];
    this.requestId = options?.requestId;
  }

  /** From the JSON error envelope `{error: {code, message, details}, requestId}`, whatever the body turned out to be. */
  static fromResponse(status: number, body: unknown): ApiError {
    const envelope = isRecord(body) && isRecord(body.error) ? body.error : undefined;
    const details = Array.isArray(envelope?.details) ? (envelope.details as FieldError[]) : [];
    return new ApiError(typeof envelope?.message === 'string' ? envelope.message : `HTTP ${status}`, status, {
      code: typeof envelope?.code === 'string' ? envelope.code : 'HTTP_ERROR',
      details,
      requestId: isRecord(body) && typeof body.requestId === 'string' ? body.requestId : undefined,
    });
  }

  /** The message per field (first one wins), for showing next to form inputs. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) out[d.field] ??= d.message;
    return out;
  }
}

export interface JsonResponse {
  status: number;
  body: unknown;
}

export interface RequestJsonOptions {
  /** Non-2xx statuses that still carry a meaningful JSON body (e.g. 503 from a readiness probe). */
  acceptStatuses?: readonly number[];
  signal?: AbortSignal;
}

/**
 * GETs a same-origin path and parses the JSON body. Paths are absolute from the site root
 * (`/health/live`, `/api/...`), independent of the `/admin/` base the SPA is served from.
 */
export async function requestJson(path: string, options: RequestJsonOptions = {}): Promise<JsonResponse> {
  const { acceptStatuses = [], signal } = options;

  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(`Could not reach the backend (${path}).`, undefined, { cause });
  }

  if (!response.ok && !acceptStatuses.includes(response.status)) {
    throw new ApiError(`${path} responded with HTTP ${response.status}.`, response.status);
  }

  try {
    return { status: response.status, body: (await response.json()) as unknown };
  } catch (cause) {
    throw new ApiError(`${path} returned a body that is not valid JSON.`, response.status, { cause });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
