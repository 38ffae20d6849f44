import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The three signature schemes of the inbox (vendor-wire-formats §1.4, §4.6, §5.1). Each verifies the raw body
 * bytes as sent, compares in constant time, and checks the scheme's time window where it has one.
 */

/** Retell's window (retell-sdk `webhook_auth.ts`): the timestamp may be off by 5 minutes in either direction. */
export const RETELL_SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

const HEADER = /^v=(\d+),d=([0-9a-f]+)$/i;

/** `x-retell-signature` for a raw body: `v=<ms>,d=<hex HMAC-SHA256(key, rawBody + ms)>` (vendor-wire-formats §1.4). */
export function signRetellBody(rawBody: string | Buffer, key: string, timestampMs: number = Date.now()): string {
  return `v=${timestampMs},d=${retellDigest(rawBody, key, timestampMs)}`;
}

/**
 * Verifies `x-retell-signature` over the raw body bytes: anchored header format, a 64-hex digest, the
 * 5-minute window both ways, and a constant-time compare.
 */
export function verifyRetellSignature(
  rawBody: string | Buffer,
  header: string | undefined,
  key: string,
  now: number = Date.now(),
): boolean {
  if (!header || !key) return false;
  const match = HEADER.exec(header.trim());
  if (!match) return false;
  const [, stamp, digest] = match;
  if (digest.length !== 64) return false;
  const timestampMs = Number(stamp);
  if (!Number.isSafeInteger(timestampMs) || Math.abs(now - timestampMs) > RETELL_SIGNATURE_WINDOW_MS) return false;
  const expected = Buffer.from(retellDigest(rawBody, key, stamp), 'hex');
  return timingSafeEqual(expected, Buffer.from(digest.toLowerCase(), 'hex'));
}

function retellDigest(rawBody: string | Buffer, key: string, timestamp: number | string): string {
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return createHmac('sha256', key).update(body).update(String(timestamp)).digest('hex');
}

/** `X-Cal-Signature-256`: hex HMAC-SHA256(secret, rawBody); no timestamp. `no-secret-provided` never passes. */
export function verifyCalcomSignature(
  rawBody: Buffer,
  header: string | undefined,
  secret: string | undefined,
): boolean {
  if (!header || !secret || !/^[0-9a-f]{64}$/i.test(header.trim())) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(header.trim().toLowerCase(), 'hex'));
}

/** Stripe's tolerance (stripe-node `DEFAULT_TOLERANCE`): only the age is checked, as the SDK does. */
export const STRIPE_SIGNATURE_TOLERANCE_S = 300;

/** `Stripe-Signature: t=<s>,v1=<hex>[,v1=…]`: any v1 = HMAC-SHA256(secret, `${t}.${rawBody}`) passes; v0 ignored. */
export function verifyStripeSignature(
  rawBody: Buffer,
  header: string | undefined,
  secret: string | undefined,
  nowMs: number = Date.now(),
): boolean {
  if (!header || !secret) return false;
  let timestamp: string | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = value;
    else if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (!timestamp || signatures.length === 0) return false;
  if (Math.floor(nowMs / 1000) - Number(timestamp) > STRIPE_SIGNATURE_TOLERANCE_S) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
  // Every candidate is compared, so the time taken does not say which one matched.
  return signatures.map((candidate) => timingSafeEqual(expected, candidate)).includes(true);
}
