import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

export class RedisEnv {
  @IsOptional() @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' }) REDIS_URL?: string;
  @IsOptional()
  @Matches(/^[\w:.-]{1,64}$/, { message: 'must be 1-64 characters of [A-Za-z0-9_:.-]' })
  REDIS_KEY_PREFIX?: string;
}

export function loadRedisConfig(env: Env) {
  const v = validateEnv(RedisEnv, env, 'redis');
  return {
    url: v.REDIS_URL,
    /** Embedded mode: no REDIS_URL, the cache lives in memory and jobs run in-process. */
    embedded: !v.REDIS_URL,
    /** Every key this instance writes (cache, queues, buckets) starts with it, so environments can share a Redis. */
    keyPrefix: v.REDIS_KEY_PREFIX ?? 'swb',
  };
}

export const redisConfig = registerAs('redis', () => loadRedisConfig(process.env));
export type RedisConfig = ReturnType<typeof loadRedisConfig>;
