import Stripe from 'stripe';

const stripe = new Stripe('sk_test_signer_only');

/** `Stripe-Signature` for a raw body, made by the SDK's own test helper (vendor-wire-formats §5.1). */
export function stripeSignature(payload: string, secret: string, timestamp?: number): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}

/** POSTs a Stripe event to `baseUrl + path` as Stripe does: JSON body, `Stripe-Signature` over those exact bytes. */
export async function postSignedStripeEvent(
  baseUrl: string,
  path: string,
  event: unknown,
  secret: string,
  options: { timestamp?: number; signature?: string } = {},
): Promise<{ status: number; text: string; rawBody: string; signature: string }> {
  const rawBody = typeof event === 'string' ? event : JSON.stringify(event);
  const signature = options.signature ?? stripeSignature(rawBody, secret, options.timestamp);
  const res = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature },
    body: rawBody,
  });
  return { status: res.status, text: await res.text(), rawBody, signature };
}
