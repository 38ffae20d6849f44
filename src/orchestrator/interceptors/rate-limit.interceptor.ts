import { Injectable } from '@nestjs/common';
import { AppError } from 'src/platform/errors/app-error';
import { RateLimiterService } from 'src/platform/rate-limit/rate-limiter.service';
import { credentialKey, remainingMs, ToolCall, ToolInterceptor } from '../tool-call';
import { ToolRegistry } from '../tool-registry.service';

/**
 * The vendor's rate limit, per credential and across instances. Sits inside retry, so every attempt spends
 * a token, and inside cache, so a hit spends none. Waits for a token within the call's deadline.
 */
@Injectable()
export class RateLimitInterceptor implements ToolInterceptor {
  constructor(
    private readonly registry: ToolRegistry,
    private readonly limiter: RateLimiterService,
  ) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const limit = this.registry.server(call.definition.server).options.rateLimit;
    if (!limit) return next();
    const spec = { capacity: limit.perMinute, perMinute: limit.perMinute };
    const result = await this.limiter.acquire(`vendor:${credentialKey(call)}`, spec, remainingMs(call));
    if (!result.ok) {
      throw new AppError('RATE_LIMITED', 'Vendor rate limit reached', [], Math.ceil(result.retryAfterMs / 1000), true);
    }
    return next();
  }
}
