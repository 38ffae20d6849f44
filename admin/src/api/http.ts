/** An HTTP call to the backend that failed: unreachable, unexpected status or unreadable body. */
export class ApiError extends Error {
  /** HTTP status when the backend answered, undefined when it could not be reached. */
  readonly status: number | undefined;

  constructor(message: string, status?: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ApiError';
    this.status = status;
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
