import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Counter } from 'prom-client';
import { redisConfig, type RedisConfig } from 'src/config';
import { withTimeout } from 'src/platform/async';
import { CacheService } from 'src/platform/cache/cache.service';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';
import { REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import type { CacheResult } from './tool-call';

interface Entry {
  value: unknown;
  /** Epoch ms until which the entry is fresh; after it, it may only be served stale. */
  freshUntil: number;
}

/** Stale-eligible entries are kept this many times their TTL, to be served while upstream fails. */
const STALE_FACTOR = 10;

const requests = singleton(
  METRICS.cacheRequests,
  () =>
    new Counter({
      name: METRICS.cacheRequests,
      help: 'Tool cache lookups by server and result (hit, miss, stale)',
      labelNames: ['server', 'result'],
    }),
);

/** Sorted-key JSON, so `{a,b}` and `{b,a}` hash alike. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of a tool call: always the company, server, tool and a hash of the params. */
export function toolCacheKey(companyId: string | null, server: string, tool: string, params: object): string {
  const hash = createHash('sha256').update(stableStringify(params)).digest('base64url').slice(0, 32);
  return `tc:${companyId ?? 'system'}:${server}:${tool}:${hash}`;
}

/**
 * Cached tool results with tag invalidation. Values live in the cache (Redis, or memory in embedded mode);
 * tag → keys sets live in Redis sets (or memory), so `invalidate(companyId, tag)` deletes exactly the
 * entries that carry the tag.
 */
@Injectable()
export class ToolCacheService {
  private readonly memoryTags = new Map<string, Set<string>>();
  private readonly tagPrefix: string;

  constructor(
    private readonly cache: CacheService,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(redisConfig.KEY) config: RedisConfig,
  ) {
    this.tagPrefix = `${config.keyPrefix}:tag:`;
  }

  async get(key: string): Promise<Entry | undefined> {
    return this.cache.get<Entry>(key);
  }

  async set(key: string, value: unknown, ttlMs: number, keepStale: boolean, tags: string[]): Promise<void> {
    const keepMs = keepStale ? ttlMs * STALE_FACTOR : ttlMs;
    await this.cache.set<Entry>(key, { value, freshUntil: Date.now() + ttlMs }, keepMs);
    await Promise.all(tags.map((tag) => this.addToTag(tag, key, keepMs)));
  }

  count(server: string, result: CacheResult): void {
    requests.inc({ server, result });
  }

  /** Deletes every entry of the company tagged `tag` (e.g. `event-type:42:2026-12-03`). */
  invalidate(companyId: string | null, tag: string): Promise<number> {
    return this.deleteTag(companyTag(companyId, tag));
  }

  /** Deletes a server's entries, of one company or of all. */
  clearServer(server: string, companyId?: string): Promise<number> {
    return this.deleteTag(companyId ? companyTag(companyId, `server:${server}`) : `*:server:${server}`);
  }

  /** The implicit tags every entry carries, besides its tool's own. */
  static implicitTags(companyId: string | null, server: string): string[] {
    return [companyTag(companyId, `server:${server}`), `*:server:${server}`];
  }

  static companyTag = companyTag;

  private async addToTag(tag: string, key: string, ttlMs: number): Promise<void> {
    if (!this.redis) {
      const members = this.memoryTags.get(tag) ?? new Set<string>();
      members.add(key);
      this.memoryTags.set(tag, members);
      return;
    }
    try {
      const redisKey = this.tagPrefix + tag;
      await withTimeout(
        this.redis.multi().sAdd(redisKey, key).pExpire(redisKey, ttlMs, 'GT').pExpire(redisKey, ttlMs, 'NX').exec(),
        150,
      );
    } catch {
      /* Redis down: the entry was not stored either */
    }
  }

  /** Best effort, like every cache write: while Redis is down nothing is cached, so nothing is left to delete. */
  private async deleteTag(tag: string): Promise<number> {
    let keys: string[];
    if (!this.redis) {
      keys = [...(this.memoryTags.get(tag) ?? [])];
      this.memoryTags.delete(tag);
    } else {
      const redisKey = this.tagPrefix + tag;
      try {
        keys = await withTimeout(this.redis.sMembers(redisKey), 150);
        await withTimeout(this.redis.del(redisKey), 150);
      } catch {
        return 0;
      }
    }
    await Promise.all(keys.map((key) => this.cache.del(key)));
    return keys.length;
  }
}

function companyTag(companyId: string | null, tag: string): string {
  return `${companyId ?? 'system'}:${tag}`;
}
