import { Injectable } from '@nestjs/common';
import { sleep } from 'src/platform/async';
import { remainingMs, ToolCall, ToolInterceptor } from '../tool-call';
import { isRetryable, toToolError } from '../tool-errors';

export const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 100;
const MAX_DELAY_MS = 2000;

/**
 * Retries idempotent tools on transient upstream failures: exponential backoff with full jitter, the
 * vendor's Retry-After when it gave one, and never past the call's deadline.
 */
@Injectable()
export class RetryInterceptor implements ToolInterceptor {
  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      call.meta.attempts = attempt;
      try {
        return await next();
      } catch (err) {
        if (!call.definition.idempotent || attempt >= MAX_ATTEMPTS || !isRetryable(err)) throw err;
        const retryAfterMs = (toToolError(err).retryAfterSeconds ?? 0) * 1000;
        const backoffMs = Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
        const delay = Math.max(retryAfterMs, backoffMs);
        // Not enough time left for the wait and a useful attempt: the last error stands.
        if (delay + 50 >= remainingMs(call)) throw err;
        await sleep(delay);
      }
    }
  }
}
