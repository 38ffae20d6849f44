import {
  RETELL_SIGNATURE_WINDOW_MS,
  STRIPE_SIGNATURE_TOLERANCE_S,
  signRetellBody,
  verifyCalcomSignature,
  verifyRetellSignature,
  verifyStripeSignature,
} from './signatures';

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

describe('Cal.com signature', () => {
  // vendor-wire-formats §4.6 test vector.
  const body = Buffer.from(
    '{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-11-26T10:00:00.000Z","payload":{"uid":"abc"}}',
  );
  const digest = '5bfaa850b233b118742e619ad6420490a99230f7d08a8e921e1ff2176b58a305';

  it('verifies the vendor test vector', () => {
    expect(verifyCalcomSignature(body, digest, 'whsec_cal_test')).toBe(true);
    expect(verifyCalcomSignature(body, digest.toUpperCase(), 'whsec_cal_test')).toBe(true);
  });

  it('refuses another secret, a changed body, no secret and the no-secret marker', () => {
    expect(verifyCalcomSignature(body, digest, 'whsec_other')).toBe(false);
    expect(verifyCalcomSignature(Buffer.concat([body, Buffer.from(' ')]), digest, 'whsec_cal_test')).toBe(false);
    expect(verifyCalcomSignature(body, digest, undefined)).toBe(false);
    expect(verifyCalcomSignature(body, 'no-secret-provided', 'whsec_cal_test')).toBe(false);
    expect(verifyCalcomSignature(body, undefined, 'whsec_cal_test')).toBe(false);
  });
});

describe('Stripe signature', () => {
  // vendor-wire-formats §5.1 test vector.
  const body = Buffer.from(
    '{"id":"evt_1","object":"event","type":"checkout.session.completed","data":{"object":{"id":"cs_test_1"}}}',
  );
  const t = 1764000000;
  const v1 = '213ed26cb0bed32a1deb8bd75b85981dba1cd7c9b883552ae20b45f8fef0daf4';

  it('verifies the vendor test vector within 300 s, also among several v1 and a v0', () => {
    expect(verifyStripeSignature(body, `t=${t},v1=${v1}`, 'whsec_test', t * 1000)).toBe(true);
    expect(verifyStripeSignature(body, `t=${t},v1=${'0'.repeat(64)},v1=${v1},v0=abc`, 'whsec_test', t * 1000)).toBe(
      true,
    );
    expect(
      verifyStripeSignature(body, `t=${t},v1=${v1}`, 'whsec_test', (t + STRIPE_SIGNATURE_TOLERANCE_S) * 1000),
    ).toBe(true);
  });

  it('refuses an old timestamp, a changed body, another secret and malformed headers', () => {
    expect(
      verifyStripeSignature(body, `t=${t},v1=${v1}`, 'whsec_test', (t + STRIPE_SIGNATURE_TOLERANCE_S + 1) * 1000),
    ).toBe(false);
    expect(verifyStripeSignature(Buffer.from(`${body} `), `t=${t},v1=${v1}`, 'whsec_test', t * 1000)).toBe(false);
    expect(verifyStripeSignature(body, `t=${t},v1=${v1}`, 'whsec_other', t * 1000)).toBe(false);
    expect(verifyStripeSignature(body, `t=${t + 1},v1=${v1}`, 'whsec_test', t * 1000)).toBe(false);
    for (const header of [undefined, '', `v1=${v1}`, `t=${t}`, `t=${t},v0=${v1}`, `t=abc,v1=${v1}`]) {
      expect(verifyStripeSignature(body, header, 'whsec_test', t * 1000)).toBe(false);
    }
    expect(verifyStripeSignature(body, `t=${t},v1=${v1}`, undefined, t * 1000)).toBe(false);
  });
});
