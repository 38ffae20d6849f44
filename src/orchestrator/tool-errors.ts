import { BrokenCircuitError, BulkheadRejectedError, TaskCancelledError } from 'cockatiel';
import { AppError } from 'src/platform/errors/app-error';
import type { ErrorCode } from 'src/platform/errors/error-codes';

/** Anything a handler or a policy throws, as the typed error the edge maps to HTTP or a spoken sentence. */
export function toToolError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof BrokenCircuitError)
    return new AppError('CIRCUIT_OPEN', 'The integration is failing; try again later');
  if (err instanceof BulkheadRejectedError) return new AppError('OVERLOADED', 'Too many concurrent calls', [], 1, true);
  if (err instanceof TaskCancelledError) return new AppError('TIMEOUT', 'The call took too long');
  return new AppError('INTERNAL', 'Internal error');
}

/** What counts against a breaker: upstream trouble only, never bad input or our own limits. */
export function isUpstreamFailure(err: unknown): boolean {
  const error = toToolError(err);
  return !error.local && (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'TIMEOUT');
}

/** What a retry may repeat: transient upstream failures, and a vendor's 429 after its Retry-After. */
export function isRetryable(err: unknown): boolean {
  const error = toToolError(err);
  return (
    !error.local && (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'TIMEOUT' || error.code === 'RATE_LIMITED')
  );
}

export type ToolOutcome = 'ok' | 'cache_hit' | 'invalid_input' | 'error' | 'rejected' | 'timeout' | 'circuit_open';

export function outcomeOf(err: unknown): ToolOutcome {
  const error = toToolError(err);
  if (error.code === 'INVALID_INPUT') return 'invalid_input';
  if (error.code === 'CIRCUIT_OPEN') return 'circuit_open';
  if (error.code === 'TIMEOUT') return 'timeout';
  if (error.local) return 'rejected';
  return 'error';
}

/**
 * A tool that answers instead of throwing (the voice tools always answer with a sentence) marks a degraded
 * answer with the error it stands for, so metrics and SLOs count a fallback as the failure it is. A symbol:
 * never serialised, invisible to clients.
 */
const DEGRADED = Symbol('switchboard.degraded');

export function markDegraded<T extends object>(result: T, code: ErrorCode): T {
  return Object.assign(result, { [DEGRADED]: code });
}

export function degradedCode(result: unknown): ErrorCode | null {
  return typeof result === 'object' && result !== null
    ? ((result as { [DEGRADED]?: ErrorCode })[DEGRADED] ?? null)
    : null;
}
