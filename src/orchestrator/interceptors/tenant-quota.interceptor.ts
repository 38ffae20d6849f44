import { Inject, Injectable } from '@nestjs/common';
import { orchestratorConfig, type OrchestratorConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { RateLimiterService } from 'src/platform/rate-limit/rate-limiter.service';
import { ToolCall, ToolInterceptor } from '../tool-call';

/**
 * Per-company fairness: a concurrency cap (per instance) and requests per minute (across instances). The
 * system principal and child calls of a composite tool (which hold their parent's slot) pass freely.
 */
@Injectable()
export class TenantQuotaInterceptor implements ToolInterceptor {
  private readonly active = new Map<string, number>();

  constructor(
    private readonly limiter: RateLimiterService,
    @Inject(orchestratorConfig.KEY) private readonly config: OrchestratorConfig,
  ) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const companyId = call.context.companyId;
    if (!companyId || call.context.parent || call.context.principal.kind === 'system') return next();
    const running = this.active.get(companyId) ?? 0;
    if (running >= this.config.tenantConcurrency) {
      throw new AppError('OVERLOADED', 'Too many concurrent calls for this company', [], 1, true);
    }
    // Take the slot before awaiting anything, or concurrent calls could all pass the check above.
    this.active.set(companyId, running + 1);
    try {
      const perMinute = this.config.tenantRequestsPerMinute;
      const token = await this.limiter.take(`tenant:${companyId}`, { capacity: perMinute, perMinute });
      if (!token.ok) {
        throw new AppError(
          'RATE_LIMITED',
          'Request quota of this company exceeded',
          [],
          Math.ceil(token.retryAfterMs / 1000),
          true,
        );
      }
      return await next();
    } finally {
      const left = (this.active.get(companyId) ?? 1) - 1;
      if (left > 0) this.active.set(companyId, left);
      else this.active.delete(companyId);
    }
  }
}
