import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Cache } from 'cache-manager';
import { withTimeout } from 'src/platform/async';

/** A cache operation slower than this is treated as a miss: a slow Redis must not slow the voice path. */
const CACHE_OP_TIMEOUT_MS = 150;

/**
 * The cache as the rest of the app sees it: when Redis is down or slow, reads miss and writes are dropped
 * (DESIGN §5, "the cache is bypassed"), never an error.
 */
@Injectable()
export class CacheService {
  private readonly logger = new Logger('Cache');
  private lastWarn = 0;

  constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.guard(() => this.cache.get<T>(key))) ?? undefined;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    await this.guard(() => this.cache.set(key, value, ttlMs));
  }

  async del(key: string): Promise<void> {
    await this.guard(() => this.cache.del(key));
  }

  private async guard<R>(op: () => Promise<R>): Promise<R | undefined> {
    try {
      return await withTimeout(op(), CACHE_OP_TIMEOUT_MS, 'cache operation timed out');
    } catch (err) {
      if (Date.now() - this.lastWarn > 10_000) {
        this.lastWarn = Date.now();
        this.logger.warn(`Cache bypassed: ${(err as Error).message}`);
      }
      return undefined;
    }
  }
}
