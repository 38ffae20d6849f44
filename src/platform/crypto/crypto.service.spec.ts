import { randomBytes } from 'node:crypto';
import { loadSecurityConfig } from 'src/config';
import { CryptoService } from './crypto.service';

const key = () => randomBytes(32).toString('base64');
const service = (keys: string) =>
  new CryptoService(
    loadSecurityConfig({ DATABASE_URL: 'postgres://x/y', APP_ENCRYPTION_KEYS: keys, JWT_SECRET: 'x'.repeat(32) }),
  );

describe('CryptoService', () => {
  const k1 = `k1:${key()}`;
  const k2 = `k2:${key()}`;

  it('round-trips and never yields the plaintext or the same ciphertext twice', () => {
    const crypto = service(k1);
    const a = crypto.encrypt('cal_live_secret');
    const b = crypto.encrypt('cal_live_secret');
    expect(a).not.toContain('cal_live_secret');
    expect(a).not.toEqual(b);
    expect(crypto.decrypt(a)).toBe('cal_live_secret');
    expect(crypto.keyIdOf(a)).toBe('k1');
  });

  it('detects tampering', () => {
    const crypto = service(k1);
    const parts = crypto.encrypt('secret').split(':');
    parts[4] = Buffer.from('other').toString('base64url');
    expect(() => crypto.decrypt(parts.join(':'))).toThrow();
  });

  it('decrypts with an older key after rotation and re-encrypts with the new first key', () => {
    const old = service(k1).encrypt('secret');
    const rotated = service(`${k2},${k1}`);
    expect(rotated.decrypt(old)).toBe('secret');
    const again = rotated.rotate(old);
    expect(again).not.toBeNull();
    expect(rotated.keyIdOf(again!)).toBe('k2');
    expect(rotated.rotate(again!)).toBeNull();
    expect(() => service(k2).decrypt(old)).toThrow(/not configured/);
  });
});
