import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

export class OpsEnv {
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds (0 disables)' }) CACHE_WARM_INTERVAL_MS?: string;
}

export function loadOpsConfig(env: Env) {
  const v = validateEnv(OpsEnv, env, 'ops');
  return {
    /** How often the cache warmer runs (once per cluster, on worker instances); 0 disables the schedule. */
    cacheWarmIntervalMs: Number(v.CACHE_WARM_INTERVAL_MS ?? 15 * 60 * 1000),
  };
}

export const opsConfig = registerAs('ops', () => loadOpsConfig(process.env));
export type OpsConfig = ReturnType<typeof loadOpsConfig>;
