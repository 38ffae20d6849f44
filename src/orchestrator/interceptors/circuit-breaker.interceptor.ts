import { Injectable } from '@nestjs/common';
import { CircuitBreakerService } from '../circuit-breaker.service';
import { ToolCall, ToolInterceptor } from '../tool-call';
import { toToolError } from '../tool-errors';

/** Fails fast with CIRCUIT_OPEN while upstream is failing for this server × company; counts upstream failures only. */
@Injectable()
export class CircuitBreakerInterceptor implements ToolInterceptor {
  constructor(private readonly breakers: CircuitBreakerService) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const policy = this.breakers.policy(call.definition.server, call.context.companyId ?? 'system');
    try {
      return await policy.execute(() => next());
    } catch (err) {
      throw toToolError(err);
    }
  }
}
