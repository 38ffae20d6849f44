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
  options: { timestampMs?: number; signature?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<SignedPostResult> {
  const rawBody = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const signature = options.signature ?? retellSignature(rawBody, apiKey, options.timestampMs ?? Date.now());
  const res = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retell-signature': signature, ...options.headers },
    body: rawBody,
    signal: options.signal,
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

/**
 * An ended inbound phone call as Retell's `call_ended` carries it (§1.3): 95 s, transcript, recording, cost.
 * Tests name the call id, numbers and whatever else they assert on.
 */
export function endedCall(fields: Record<string, unknown> & { call_id: string }): Record<string, unknown> {
  const start = Date.now() - 120_000;
  return {
    call_type: 'phone_call',
    agent_id: 'agent_a',
    agent_version: 1,
    call_status: 'ended',
    direction: 'inbound',
    from_number: '+4915112345678',
    to_number: '+493012345678',
    start_timestamp: start,
    end_timestamp: start + 95_000,
    duration_ms: 95_000,
    disconnection_reason: 'user_hangup',
    transcript: 'Agent: Praxis A, guten Tag.\nUser: Ich möchte einen Termin.\n',
    transcript_object: [{ role: 'agent', content: 'Praxis A, guten Tag.', words: [] }],
    recording_url: 'https://example.invalid/rec.wav',
    call_cost: { product_costs: [], total_duration_seconds: 95, total_duration_unit_price: 0.1, combined_cost: 12.6 },
    ...fields,
  };
}

/** A call webhook body (§1.1). */
export const retellWebhook = (event: string, call: Record<string, unknown>) => ({ event, call });

/** A custom-function call body (§2.1). */
export const retellFunctionCall = (name: string, call: Record<string, unknown>, args: Record<string, unknown>) => ({
  name,
  call,
  args,
});
