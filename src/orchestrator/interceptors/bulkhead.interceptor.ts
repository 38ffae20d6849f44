import { Injectable } from '@nestjs/common';
import { bulkhead, BulkheadPolicy } from 'cockatiel';
import { ToolCall, ToolInterceptor } from '../tool-call';
import { toToolError } from '../tool-errors';
import { ToolRegistry } from '../tool-registry.service';

/** A concurrency cap per server (and instance) with a small queue: one slow vendor cannot take every socket. */
@Injectable()
export class BulkheadInterceptor implements ToolInterceptor {
  private readonly policies = new Map<string, BulkheadPolicy>();

  constructor(private readonly registry: ToolRegistry) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    try {
      // The attempt's signal: a call that timed out while queued is dropped, never run late.
      return await this.policy(call.definition.server).execute(() => next(), call.context.signal);
    } catch (err) {
      throw toToolError(err);
    }
  }

  private policy(server: string): BulkheadPolicy {
    let policy = this.policies.get(server);
    if (!policy) {
      const { limit, queue } = this.registry.server(server).options.bulkhead;
      policy = bulkhead(limit, queue);
      this.policies.set(server, policy);
    }
    return policy;
  }
}
