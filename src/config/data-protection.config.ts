import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

const POSITIVE = { message: 'must be a positive integer' };

export class DataProtectionEnv {
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) RETENTION_PURGE_INTERVAL_MS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) RETENTION_UNASSIGNED_DAYS?: string;
}

export function loadDataProtectionConfig(env: Env) {
  const v = validateEnv(DataProtectionEnv, env, 'dataProtection');
  return {
    /** How often the retention purge runs (once per cluster, on worker instances). */
    purgeIntervalMs: Number(v.RETENTION_PURGE_INTERVAL_MS ?? 24 * 60 * 60 * 1000),
    /** Days the payloads of webhooks of no known company are kept (companies set their own retentionDays). */
    unassignedRetentionDays: Number(v.RETENTION_UNASSIGNED_DAYS ?? 30),
  };
}

export const dataProtectionConfig = registerAs('dataProtection', () => loadDataProtectionConfig(process.env));
export type DataProtectionConfig = ReturnType<typeof loadDataProtectionConfig>;
