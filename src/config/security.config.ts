import { registerAs } from '@nestjs/config';
import { IsEmail, IsOptional, Matches, MinLength } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, DURATION_PATTERN, Env, parseDurationSeconds, validateEnv } from './env';

export class SecurityEnv {
  @IsOptional() APP_ENCRYPTION_KEYS?: string;
  @IsOptional() @MinLength(32, { message: 'must be at least 32 characters' }) JWT_SECRET?: string;
  @IsOptional() @Matches(DURATION_PATTERN, { message: 'must be a duration like 900, 15m, 12h or 7d' }) JWT_TTL?: string;
  @IsOptional()
  @Matches(DURATION_PATTERN, { message: 'must be a duration like 900, 15m, 12h or 7d' })
  JWT_REFRESH_TTL?: string;
  @IsOptional() @IsEmail({ require_tld: false }, { message: 'must be an e-mail address' }) ADMIN_EMAIL?: string;
  @IsOptional() @MinLength(12, { message: 'must be at least 12 characters' }) ADMIN_PASSWORD?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, { message: 'must be a positive integer' }) LOGIN_ATTEMPTS_PER_MINUTE?: string;
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/**
 * `APP_ENCRYPTION_KEYS=id:base64,...`: the first key encrypts, every key decrypts, so a key can be rotated
 * by prepending a new one and running `npm run secrets:reencrypt`.
 */
export function parseEncryptionKeys(value: string): EncryptionKey[] {
  const keys = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, b64, ...rest] = entry.split(':');
      if (!id || !b64 || rest.length > 0 || !/^[\w-]{1,16}$/.test(id)) {
        throw new ConfigError(
          'Invalid configuration (security): APP_ENCRYPTION_KEYS: each entry must be id:base64-key',
        );
      }
      const key = Buffer.from(b64, 'base64');
      if (key.length !== 32) {
        throw new ConfigError(
          `Invalid configuration (security): APP_ENCRYPTION_KEYS: key "${id}" must be 32 bytes, base64-encoded`,
        );
      }
      return { id, key };
    });
  if (keys.length === 0) throw new ConfigError('Invalid configuration (security): APP_ENCRYPTION_KEYS: no key given');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    throw new ConfigError('Invalid configuration (security): APP_ENCRYPTION_KEYS: key ids must be unique');
  }
  return keys;
}

interface EmbeddedSecrets {
  APP_ENCRYPTION_KEYS: string;
  JWT_SECRET: string;
}

/** Embedded mode only: secrets that were not given are generated once and kept under the data directory. */
function embeddedSecrets(dataDir: string): EmbeddedSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSecrets;
  const secrets: EmbeddedSecrets = {
    APP_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    JWT_SECRET: randomBytes(48).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function loadSecurityConfig(env: Env) {
  const v = validateEnv(SecurityEnv, env, 'security');
  const embedded = !env.DATABASE_URL;
  let encryptionKeys = v.APP_ENCRYPTION_KEYS;
  let jwtSecret = v.JWT_SECRET;
  if (!encryptionKeys || !jwtSecret) {
    if (!embedded) {
      const missing = [!encryptionKeys && 'APP_ENCRYPTION_KEYS', !jwtSecret && 'JWT_SECRET'].filter(Boolean);
      throw new ConfigError(
        `Invalid configuration (security): ${missing.join(', ')} must be set when DATABASE_URL is set`,
      );
    }
    const generated = embeddedSecrets(env.DATA_DIR || '.data');
    encryptionKeys ??= generated.APP_ENCRYPTION_KEYS;
    jwtSecret ??= generated.JWT_SECRET;
  }
  return {
    encryptionKeys: parseEncryptionKeys(encryptionKeys),
    jwtSecret,
    jwtTtlSeconds: parseDurationSeconds(v.JWT_TTL ?? '15m'),
    refreshTtlSeconds: parseDurationSeconds(v.JWT_REFRESH_TTL ?? '7d'),
    adminEmail: v.ADMIN_EMAIL?.toLowerCase(),
    adminPassword: v.ADMIN_PASSWORD,
    /** Per e-mail and client address; ten times as many per address alone. */
    loginAttemptsPerMinute: Number(v.LOGIN_ATTEMPTS_PER_MINUTE ?? 10),
    embedded,
  };
}

export const securityConfig = registerAs('security', () => loadSecurityConfig(process.env));
export type SecurityConfig = ReturnType<typeof loadSecurityConfig>;
