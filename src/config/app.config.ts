import { registerAs } from '@nestjs/config';
import { IsIn, IsOptional, IsUrl, Matches } from 'class-validator';
import { Env, parseBool, validateEnv } from './env';

export const APP_ROLES = ['all', 'api', 'worker'] as const;
export type AppRole = (typeof APP_ROLES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export class AppEnv {
  @IsOptional() @Matches(/^\d{1,5}$/, { message: 'must be a port number' }) PORT?: string;
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be an http(s) URL' },
  )
  PUBLIC_BASE_URL?: string;
  @IsOptional() @IsIn(APP_ROLES as unknown as string[]) APP_ROLE?: string;
  @IsOptional()
  @Matches(/^(true|false|\d+|[\w.:/,\s-]+)$/, { message: 'must be true, false, a hop count or a list of addresses' })
  TRUST_PROXY?: string;
  @IsOptional() CORS_ORIGINS?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds' }) SHUTDOWN_DELAY_MS?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'must be milliseconds' }) SHUTDOWN_GRACE_MS?: string;
  @IsOptional() @IsIn(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']) OUTBOUND_ALLOW_PRIVATE?: string;
  @IsOptional() @IsIn(LOG_LEVELS as unknown as string[]) LOG_LEVEL?: string;
  @IsOptional() DATA_DIR?: string;
  @IsOptional() ADMIN_DIST_DIR?: string;
}

export function loadAppConfig(env: Env) {
  const v = validateEnv(AppEnv, env, 'app');
  const port = Number(v.PORT ?? 3000);
  if (port < 1 || port > 65535) throw new Error('Invalid configuration (app): PORT: must be between 1 and 65535');
  return {
    port,
    publicBaseUrl: (v.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    role: (v.APP_ROLE ?? 'all') as AppRole,
    trustProxy: parseTrustProxy(v.TRUST_PROXY),
    corsOrigins: (v.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    shutdownDelayMs: Number(v.SHUTDOWN_DELAY_MS ?? 5000),
    shutdownGraceMs: Number(v.SHUTDOWN_GRACE_MS ?? 25000),
    outboundAllowPrivate: parseBool(v.OUTBOUND_ALLOW_PRIVATE, false),
    logLevel: (v.LOG_LEVEL ?? 'info') as (typeof LOG_LEVELS)[number],
    dataDir: v.DATA_DIR ?? '.data',
    adminDistDir: v.ADMIN_DIST_DIR,
    version: readPackageVersion(),
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((s) => s.trim());
}

function readPackageVersion(): string {
  // Works from src/ (ts) and dist/src/ (compiled) alike.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'switchboard' && pkg.version) return pkg.version;
    } catch {
      /* try the next location */
    }
  }
  return '0.0.0';
}

export const appConfig = registerAs('app', () => loadAppConfig(process.env));
export type AppConfig = ReturnType<typeof loadAppConfig>;
