import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { join } from 'node:path';
import { Env, validateEnv } from './env';

export class DatabaseEnv {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, { message: 'must be a positive integer' }) DATABASE_POOL_SIZE?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds' }) DATABASE_CONNECT_TIMEOUT_MS?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds' }) DATABASE_STATEMENT_TIMEOUT_MS?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds' }) DATABASE_IDLE_TIMEOUT_MS?: string;
  @IsOptional() DATA_DIR?: string;
}

export function loadDatabaseConfig(env: Env) {
  const v = validateEnv(DatabaseEnv, env, 'database');
  return {
    url: v.DATABASE_URL,
    /** Embedded mode: no DATABASE_URL, PostgreSQL runs in-process (PGlite). */
    embedded: !v.DATABASE_URL,
    pgliteDir: join(v.DATA_DIR ?? '.data', 'pglite'),
    poolSize: Number(v.DATABASE_POOL_SIZE ?? 10),
    connectTimeoutMs: Number(v.DATABASE_CONNECT_TIMEOUT_MS ?? 5000),
    statementTimeoutMs: Number(v.DATABASE_STATEMENT_TIMEOUT_MS ?? 15000),
    /** An idle pooled connection is closed after this long (0: never). */
    idleTimeoutMs: Number(v.DATABASE_IDLE_TIMEOUT_MS ?? 30000),
  };
}

export const databaseConfig = registerAs('database', () => loadDatabaseConfig(process.env));
export type DatabaseConfig = ReturnType<typeof loadDatabaseConfig>;
