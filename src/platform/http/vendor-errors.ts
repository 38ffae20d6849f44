import { AppError } from 'src/platform/errors/app-error';
import { HttpResponse, HttpTransportError } from './http-client.service';

/**
 * A vendor's non-2xx answer as the typed error of DESIGN §3. The message names the vendor and the status
 * only: vendor bodies may echo keys or personal data, so they never reach our callers.
 */
export function vendorError(vendor: string, res: HttpResponse): AppError {
  const status = res.status;
  if (status === 401 || status === 403) {
    return new AppError('UPSTREAM_UNAUTHORIZED', `${vendor} refused the credentials (${status})`);
  }
  if (status === 404) return new AppError('NOT_FOUND', `${vendor} has no such object`);
  if (status === 409) return new AppError('CONFLICT', `${vendor} reports a conflict`);
  if (status === 429) {
    return new AppError('RATE_LIMITED', `${vendor} rate limit reached`, [], retryAfterSeconds(res.headers));
  }
  if (status >= 500) return new AppError('UPSTREAM_UNAVAILABLE', `${vendor} is unavailable (${status})`);
  return new AppError('UPSTREAM_REJECTED', `${vendor} rejected the request (${status})`);
}

/** A transport failure (no answer) as a typed error: timeouts stay TIMEOUT, the rest is UPSTREAM_UNAVAILABLE. */
export function transportError(vendor: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HttpTransportError) {
    if (err.kind === 'timeout' || err.kind === 'aborted')
      return new AppError('TIMEOUT', `${vendor} did not answer in time`);
    if (err.kind === 'blocked')
      return AppError.invalid('apiUrl', 'isPublicAddress', `${vendor} URL points at a private address`);
    if (err.kind === 'too_large') return new AppError('UPSTREAM_REJECTED', `${vendor} answered with too much data`);
  }
  return new AppError('UPSTREAM_UNAVAILABLE', `${vendor} could not be reached`);
}

/** `Retry-After` in seconds (or an HTTP date), default 1. */
export function retryAfterSeconds(headers: Record<string, string>): number {
  const value = headers['retry-after'];
  if (!value) return 1;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? 1 : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
