import { createHmac } from 'node:crypto';

/**
 * Signs a body as retell-sdk `symmetric.sign` does (vendor-wire-formats §1.4): `v=<ms>,d=<hex>` with
 * hex HMAC-SHA256(key = API key, message = rawBody + ms). Written independently of src/, so a round trip
 * through the app's verifier checks both.
 */
export function retellSignature(rawBody: string, apiKey: string, timestampMs: number = Date.now()): string {
  const digest = createHmac('sha256', apiKey).update(`${rawBody}${timestampMs}`, 'utf8').digest('hex');
  return `v=${timestampMs},d=${digest}`;
}

export interface SignedPostResult {
  status: number;
  text: string;
  body: unknown;
  rawBody: string;
  signature: string;
}

/**
 * POSTs a body to `baseUrl + path` as Retell does: JSON, `x-retell-signature` from the current time (or
 * `timestampMs`), the exact bytes that were signed. For webhooks (`{event, call}`), function calls
 * (`{name, call, args}`) and the inbound webhook (`{event: 'call_inbound', call_inbound}`).
 */
export async function postSignedToRetellEndpoint(
  baseUrl: string,
  path: string,
  payload: unknown,
  apiKey: string,
  options: { timestampMs?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<SignedPostResult> {
  const rawBody = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const signature = options.signature ?? retellSignature(rawBody, apiKey, options.timestampMs ?? Date.now());
  const res = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retell-signature': signature, ...options.headers },
    body: rawBody,
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, text, body, rawBody, signature };
}

/** A call webhook body (§1.1). */
export const retellWebhook = (event: string, call: Record<string, unknown>) => ({ event, call });

/** A custom-function call body (§2.1). */
export const retellFunctionCall = (name: string, call: Record<string, unknown>, args: Record<string, unknown>) => ({
  name,
  call,
  args,
});
