import { RETELL_SIGNATURE_WINDOW_MS, signRetellBody, verifyRetellSignature } from './retell-signature';

// The test vector of vendor-wire-formats §1.4, computed with retell-sdk 5.66.1 `symmetric.sign`.
const KEY = 'key_test_webhook';
const BODY = '{"event":"call_started","call":{"call_id":"call_123"}}';
const TS = 1764000000000;
const HEADER = 'v=1764000000000,d=644f54afe1ee7287b1e14b97f166e459cdf000ecebc9f2b299c7b00212f407f1';

describe('Retell signature', () => {
  it('signs like retell-sdk', () => {
    expect(signRetellBody(BODY, KEY, TS)).toBe(HEADER);
    expect(signRetellBody(Buffer.from(BODY), KEY, TS)).toBe(HEADER);
  });

  it('verifies the vendor test vector within the window, in both directions', () => {
    expect(verifyRetellSignature(BODY, HEADER, KEY, TS)).toBe(true);
    expect(verifyRetellSignature(Buffer.from(BODY), HEADER, KEY, TS + RETELL_SIGNATURE_WINDOW_MS)).toBe(true);
    expect(verifyRetellSignature(BODY, HEADER, KEY, TS - RETELL_SIGNATURE_WINDOW_MS)).toBe(true);
  });

  it('rejects outside the 5-minute window', () => {
    expect(verifyRetellSignature(BODY, HEADER, KEY, TS + RETELL_SIGNATURE_WINDOW_MS + 1)).toBe(false);
    expect(verifyRetellSignature(BODY, HEADER, KEY, TS - RETELL_SIGNATURE_WINDOW_MS - 1)).toBe(false);
  });

  it('rejects a changed body, another key, or a tampered timestamp', () => {
    expect(verifyRetellSignature(`${BODY} `, HEADER, KEY, TS)).toBe(false);
    expect(verifyRetellSignature(BODY, HEADER, 'key_other', TS)).toBe(false);
    expect(verifyRetellSignature(BODY, HEADER.replace('v=1764000000000', 'v=1764000000001'), KEY, TS)).toBe(false);
  });

  it('rejects malformed headers', () => {
    for (const header of [
      undefined,
      '',
      'd=644f,v=1764000000000',
      `${HEADER},x=1`,
      `v=${TS},d=644f54afe1ee7287`,
      `v=${TS},d=${'z'.repeat(64)}`,
      ` v=${TS}`,
    ]) {
      expect(verifyRetellSignature(BODY, header, KEY, TS)).toBe(false);
    }
    expect(verifyRetellSignature(BODY, HEADER, '', TS)).toBe(false);
  });

  it('accepts an upper-case digest (the SDK regex is case-insensitive)', () => {
    expect(verifyRetellSignature(BODY, HEADER.toUpperCase().replace('V=', 'v=').replace('D=', 'd='), KEY, TS)).toBe(
      true,
    );
  });
});
