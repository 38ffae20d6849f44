import { ERROR_CODES, ErrorCode, FieldError } from './error-codes';

/**
 * The one typed error of Switchboard. Everything that fails on purpose throws it; the exception filter
 * (HTTP) and the voice layer (spoken messages) map its `code`, never its message text.
 */
export class AppError extends Error {
  readonly status: number;
  readonly retryable: boolean;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldError[] = [],
    /** Seconds a caller should wait before retrying (RATE_LIMITED, OVERLOADED). */
    readonly retryAfterSeconds?: number,
    /** Refused by Switchboard itself (quota, rate limit, bulkhead), not by a vendor: never a breaker failure. */
    readonly local = false,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.retryable = ERROR_CODES[code].retryable;
  }

  static invalid(field: string, rule: string, message: string): AppError {
    return new AppError('INVALID_INPUT', message, [{ field, rule, message }]);
  }

  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You may not do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static conflict(message: string, details: FieldError[] = []): AppError {
    return new AppError('CONFLICT', message, details);
  }
}
