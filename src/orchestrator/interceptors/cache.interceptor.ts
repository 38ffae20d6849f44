import { Injectable } from '@nestjs/common';
import { ToolCall, ToolInterceptor } from '../tool-call';
import { ToolCacheService, toolCacheKey } from '../tool-cache.service';

/**
 * Read-through cache for tools with a TTL. Sits outside breaker, retry and rate limit: a hit spends no
 * vendor quota. Concurrent identical misses share one upstream call (single flight). Serving a stale entry
 * when upstream fails is the tool's choice (`staleOnError`), off by default.
 */
@Injectable()
export class CacheInterceptor implements ToolInterceptor {
  private readonly inflight = new Map<string, Promise<unknown>>();

  constructor(private readonly cache: ToolCacheService) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const { definition, context, params } = call;
    if (!definition.cacheTtlSeconds) return next();
    const key = toolCacheKey(context.companyId, definition.server, definition.name, params);
    const entry = await this.cache.get(key);
    if (entry && entry.freshUntil > Date.now()) return this.served(call, 'hit', entry.value);

    const running = this.inflight.get(key);
    if (running) return this.served(call, 'hit', await running);

    const load = async () => {
      try {
        const value = await next();
        const tags = [
          ...(definition.cacheTags?.(params as never) ?? []).map((t) =>
            ToolCacheService.companyTag(context.companyId, t),
          ),
          ...ToolCacheService.implicitTags(context.companyId, definition.server),
        ];
        await this.cache.set(key, value, definition.cacheTtlSeconds! * 1000, !!definition.staleOnError, tags);
        this.cache.count(definition.server, 'miss');
        call.meta.cache = 'miss';
        return value;
      } catch (err) {
        if (definition.staleOnError && entry) return this.served(call, 'stale', entry.value);
        throw err;
      }
    };
    const promise = load();
    this.inflight.set(key, promise);
    try {
      return await promise;
    } finally {
      this.inflight.delete(key);
    }
  }

  private served(call: ToolCall, result: 'hit' | 'stale', value: unknown): unknown {
    call.meta.cache = result;
    this.cache.count(call.definition.server, result);
    return value;
  }
}
