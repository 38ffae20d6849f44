import { Inject, Injectable, Logger } from '@nestjs/common';
import { redisConfig, type RedisConfig } from 'src/config';
import { sleep, withTimeout } from 'src/platform/async';
import { REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import { BucketSpec, LocalBuckets, TAKE_TOKEN_LUA, TakeResult } from './token-bucket';

/** A Redis call slower than this counts as Redis being unavailable: the local bucket decides instead. */
const REDIS_TIMEOUT_MS = 100;

/**
 * Token buckets shared by all instances through Redis (vendor rate limits, tenant quotas), with an
 * in-process fallback while Redis is down (DESIGN §5).
 */
@Injectable()
export class RateLimiterService {
  private readonly logger = new Logger('RateLimiter');
  private readonly local = new LocalBuckets();
  private lastWarn = 0;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(redisConfig.KEY) private readonly config: RedisConfig,
  ) {}

  async take(key: string, spec: BucketSpec): Promise<TakeResult> {
    if (!this.redis?.isReady) return this.local.take(key, spec);
    try {
      const [ok, wait] = (await withTimeout(
        this.redis.eval(TAKE_TOKEN_LUA, {
          keys: [`${this.config.keyPrefix}:bucket:${key}`],
          arguments: [String(spec.capacity), String(spec.perMinute / 60_000), String(Date.now())],
        }),
        REDIS_TIMEOUT_MS,
      )) as [number, number];
      return { ok: ok === 1, retryAfterMs: wait };
    } catch (err) {
      if (Date.now() - this.lastWarn > 10_000) {
        this.lastWarn = Date.now();
        this.logger.warn(`Rate limits fall back to local buckets: ${(err as Error).message}`);
      }
      return this.local.take(key, spec);
    }
  }

  /** Waits for a token up to `maxWaitMs`; false when none comes in time. */
  async acquire(key: string, spec: BucketSpec, maxWaitMs: number): Promise<TakeResult> {
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      const result = await this.take(key, spec);
      if (result.ok || Date.now() + result.retryAfterMs > deadline) return result;
      await sleep(result.retryAfterMs);
    }
  }
}
