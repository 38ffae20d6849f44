import { randomBytes } from 'node:crypto';
import {
  configVariableNames,
  ConfigError,
  loadAppConfig,
  loadSecurityConfig,
  parseDurationSeconds,
  validateAllConfig,
} from 'src/config';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const production = { DATABASE_URL: 'postgres://u@h/db', APP_ENCRYPTION_KEYS: key('k1'), JWT_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('applies documented defaults', () => {
    const app = loadAppConfig({});
    expect(app).toMatchObject({
      port: 3000,
      publicBaseUrl: 'http://localhost:3000',
      role: 'all',
      trustProxy: false,
      shutdownDelayMs: 5000,
      shutdownGraceMs: 25000,
      outboundAllowPrivate: false,
      logLevel: 'info',
    });
    expect(loadSecurityConfig(production)).toMatchObject({ jwtTtlSeconds: 900, refreshTtlSeconds: 7 * 86400 });
  });

  it.each([
    [{ APP_ENCRYPTION_KEYS: 'k1:short' }, /APP_ENCRYPTION_KEYS: key "k1" must be 32 bytes/],
    [{ APP_ENCRYPTION_KEYS: 'nocolon' }, /APP_ENCRYPTION_KEYS: each entry must be id:base64-key/],
    [{ APP_ENCRYPTION_KEYS: `${key('k1')},${key('k1')}` }, /APP_ENCRYPTION_KEYS: key ids must be unique/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET: must be at least 32 characters/],
    [{ JWT_TTL: '15 minutes' }, /JWT_TTL: must be a duration/],
    [{ PORT: '70000' }, /PORT: must be between 1 and 65535/],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, /PUBLIC_BASE_URL: must be an http\(s\) URL/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a postgres:\/\/ URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ CALCOM_API_URL: 'not a url' }, /CALCOM_API_URL/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD: must be at least 12 characters/],
  ])('refuses %j naming the variable', (bad, message) => {
    expect(() => validateAllConfig({ ...production, ...bad })).toThrow(message);
  });

  it('never echoes a secret value in its error', () => {
    const secret = 'k1:c2VjcmV0LXZhbHVlLXRoYXQtaXMtbm90LTMyLWJ5dGVz';
    try {
      validateAllConfig({ ...production, APP_ENCRYPTION_KEYS: secret });
      throw new Error('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).not.toContain(secret.split(':')[1]);
    }
  });

  it('requires the secrets when DATABASE_URL is set, and treats empty values as unset', () => {
    expect(() => loadSecurityConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      /APP_ENCRYPTION_KEYS, JWT_SECRET must be set when DATABASE_URL is set/,
    );
    expect(() => loadSecurityConfig({ ...production, JWT_SECRET: '' })).toThrow(/JWT_SECRET must be set/);
  });

  it('parses durations and trust proxy settings', () => {
    expect(parseDurationSeconds('90')).toBe(90);
    expect(parseDurationSeconds('15m')).toBe(900);
    expect(parseDurationSeconds('7d')).toBe(604800);
    expect(loadAppConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadAppConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('lists every variable it reads', () => {
    expect(configVariableNames()).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'REDIS_URL', 'APP_ENCRYPTION_KEYS', 'STRIPE_WEBHOOK_SECRET']),
    );
  });
});
