import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from 'src/platform/database/connection-errors';
import { RequestContext } from 'src/platform/logging/request-context';
import { AppError } from './app-error';
import { ErrorCode, ErrorEnvelope } from './error-codes';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'OVERLOADED',
  504: 'TIMEOUT',
};

/** Turns anything thrown into the JSON envelope of DESIGN §3, without stack traces or SQL. */
export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'INVALID_INPUT');
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
        ? body.message
        : exception.message;
    return new AppError(code, status === 404 ? 'Not found' : message);
  }
  // PostgreSQL rejecting a value the validation let through: bad input or a uniqueness clash, never a 500.
  const pgCode = (exception as { driverError?: { code?: string } } | undefined)?.driverError?.code;
  if (['22003', '22P02', '22P05', '22007', '22008', '22021'].includes(pgCode ?? '')) {
    return new AppError('INVALID_INPUT', 'A value is out of range or malformed');
  }
  if (pgCode === '23505') return new AppError('CONFLICT', 'This already exists');
  // PostgreSQL unreachable (outage, failover): the same request may well succeed in a moment. A retryable 503
  // tells callers so (Retell redelivers a refused webhook, and ingest is idempotent); a 500 would read as our bug.
  if (isDatabaseUnavailable(exception)) {
    return new AppError('UPSTREAM_UNAVAILABLE', 'The database is unavailable; try again shortly', [], 1);
  }
  // body-parser errors carry `type` and `status`.
  const err = exception as { type?: string; status?: number } | undefined;
  if (err?.type === 'entity.parse.failed') return new AppError('INVALID_INPUT', 'Malformed JSON body');
  if (err?.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'Request body too large');
  if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding');
  }
  if (err?.status && err.status >= 400 && err.status < 500) return new AppError('INVALID_INPUT', 'Bad request');
  return new AppError('INTERNAL', 'Internal error');
}

export function errorEnvelope(error: AppError, requestId: string): ErrorEnvelope {
  return { error: { code: error.code, message: error.message, details: error.details }, requestId };
}

export function sendError(res: Response, req: Request, exception: unknown, logger: Logger): void {
  const error = toAppError(exception);
  const requestId = RequestContext.requestId() ?? (req as Request & { id?: string }).id ?? 'unknown';
  if (error.code === 'INTERNAL') {
    // Only name, message and stack: driver errors carry query parameters, which may hold secrets.
    const err =
      exception instanceof Error ? { type: exception.name, message: exception.message, stack: exception.stack } : {};
    logger.error({ err, requestId }, 'Unhandled error');
  }
  if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  if (error.code === 'RATE_LIMITED' && !res.getHeader('Retry-After')) {
    // @nestjs/throttler names its header after the throttler (`Retry-After-login`); clients read the standard one.
    const named = res.getHeaderNames().find((h) => h.startsWith('retry-after-'));
    res.setHeader('Retry-After', named ? String(res.getHeader(named)) : '60');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  res.status(error.status).json(errorEnvelope(error, requestId));
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(http.getResponse<Response>(), http.getRequest<Request>(), exception, this.logger);
  }
}
