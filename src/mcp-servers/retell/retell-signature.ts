import { createHmac, timingSafeEqual } from 'node:crypto';

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
