import { ApiError, isRecord, requestJson } from './http';

/** `GET /health/live`: the process is up; carries build and runtime facts. */
export interface Liveness {
  status: string;
  version: string;
  role: string;
  uptimeSeconds: number;
}

export type CheckStatus = 'up' | 'degraded' | 'down';

export interface HealthCheck {
  name: string;
  status: CheckStatus;
  message?: string;
}

/** `GET /health/ready` (Terminus), normalised: a 503 is a valid "not ready" answer, not an error. */
export interface Readiness {
  ready: boolean;
  httpStatus: number;
  checks: HealthCheck[];
  /** Names of the checks that made the backend not ready. */
  failing: string[];
}

export const LIVENESS_PATH = '/health/live';
export const READINESS_PATH = '/health/ready';

export async function fetchLiveness(signal?: AbortSignal): Promise<Liveness> {
  const { status, body } = await requestJson(LIVENESS_PATH, { signal });
  return parseLiveness(body, status);
}

export async function fetchReadiness(signal?: AbortSignal): Promise<Readiness> {
  const { status, body } = await requestJson(READINESS_PATH, { signal, acceptStatuses: [503] });
  return parseReadiness(body, status);
}

export function parseLiveness(body: unknown, httpStatus: number): Liveness {
  if (
    !isRecord(body) ||
    typeof body.version !== 'string' ||
    typeof body.role !== 'string' ||
    typeof body.uptimeSeconds !== 'number'
  ) {
    throw new ApiError(`${LIVENESS_PATH} returned an unexpected body.`, httpStatus);
  }
  return {
    status: typeof body.status === 'string' ? body.status : 'unknown',
    version: body.version,
    role: body.role,
    uptimeSeconds: body.uptimeSeconds,
  };
}

export function parseReadiness(body: unknown, httpStatus: number): Readiness {
  if (!isRecord(body) || typeof body.status !== 'string') {
    throw new ApiError(`${READINESS_PATH} returned an unexpected body.`, httpStatus);
  }

  // Terminus puts every check in `details`; fall back to `info` + `error` if it is missing.
  const details = isRecord(body.details) ? body.details : { ...asRecord(body.info), ...asRecord(body.error) };
  const checks = Object.entries(details).map(([name, entry]) => toCheck(name, entry));

  const failing = new Set(Object.keys(asRecord(body.error)));
  for (const check of checks) {
    if (check.status === 'down') failing.add(check.name);
  }

  return {
    ready: httpStatus === 200 && body.status === 'ok',
    httpStatus,
    checks,
    failing: [...failing],
  };
}

function toCheck(name: string, entry: unknown): HealthCheck {
  const record = asRecord(entry);
  const message = typeof record.message === 'string' ? record.message : undefined;
  return { name, status: toCheckStatus(record.status), ...(message === undefined ? {} : { message }) };
}

function toCheckStatus(value: unknown): CheckStatus {
  if (value === 'up') return 'up';
  if (value === 'degraded') return 'degraded';
  return 'down';
}

function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}
