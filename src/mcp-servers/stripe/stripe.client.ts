import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { stripeConfig, type StripeConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { vendorError } from 'src/platform/http/vendor-errors';

const VENDOR = 'Stripe';
const DEFAULT_TIMEOUT_MS = 20_000;

export interface TopupCheckoutRequest {
  companyId: string;
  amountCents: number;
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
}

export interface CheckoutSessionSummary {
  id: string;
  url: string | null;
  amountCents: number | null;
  currency: string | null;
  status: string | null;
  expiresAt: string | null;
}

export interface PaymentSummary {
  id: string;
  amountCents: number;
  amountReceivedCents: number;
  currency: string;
  status: string;
  createdAt: string;
  companyId: string | null;
}

export interface PaymentPage {
  items: PaymentSummary[];
  hasMore: boolean;
  nextPage: string | null;
}

/**
 * The only code that speaks Stripe (the platform's own account, DESIGN §4). The official SDK is the
 * allowed exception to the one HTTP client: pointed at STRIPE_API_URL (host, port, protocol), with its own
 * retries off (`maxNetworkRetries: 0`, the orchestrator retries) and a timeout. SDK errors become typed
 * AppErrors that name the status only — Stripe's messages can echo the key's prefix.
 */
@Injectable()
export class StripeClient {
  private readonly stripe: Stripe | null;

  constructor(@Inject(stripeConfig.KEY) config: StripeConfig) {
    this.stripe = config.secretKey ? createStripe(config.secretKey, config.apiUrl) : null;
  }

  get configured(): boolean {
    return this.stripe !== null;
  }

  async createTopupCheckout(req: TopupCheckoutRequest, timeoutMs?: number): Promise<CheckoutSessionSummary> {
    const metadata = { companyId: req.companyId, purpose: 'topup' };
    const session = await this.call((stripe) =>
      stripe.checkout.sessions.create(
        {
          mode: 'payment',
          client_reference_id: req.companyId,
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: 'eur',
                unit_amount: req.amountCents,
                product_data: { name: 'Switchboard prepaid balance' },
              },
            },
          ],
          metadata,
          payment_intent_data: { metadata },
          success_url: req.successUrl,
          cancel_url: req.cancelUrl,
        },
        { idempotencyKey: req.idempotencyKey, timeout: timeoutMs ?? DEFAULT_TIMEOUT_MS },
      ),
    );
    if (typeof session?.id !== 'string') throw unexpected();
    return {
      id: session.id,
      url: session.url ?? null,
      amountCents: session.amount_total ?? null,
      currency: session.currency ?? null,
      status: session.status ?? null,
      expiresAt: typeof session.expires_at === 'number' ? new Date(session.expires_at * 1000).toISOString() : null,
    };
  }

  /** PaymentIntents whose `metadata.companyId` is this company (Stripe search; eventually consistent). */
  async paymentsOfCompany(
    companyId: string,
    page: { limit: number; cursor?: string },
    timeoutMs?: number,
  ): Promise<PaymentPage> {
    if (!/^[0-9a-f-]{36}$/i.test(companyId)) throw AppError.invalid('companyId', 'isUuid', 'companyId must be a UUID');
    const result = await this.call((stripe) =>
      stripe.paymentIntents.search(
        {
          query: `metadata['companyId']:'${companyId}'`,
          limit: page.limit,
          ...(page.cursor ? { page: page.cursor } : {}),
        },
        { timeout: timeoutMs ?? DEFAULT_TIMEOUT_MS },
      ),
    );
    if (!Array.isArray(result?.data)) throw unexpected();
    return {
      items: result.data.map((pi) => {
        if (typeof pi.id !== 'string' || typeof pi.amount !== 'number') throw unexpected();
        return {
          id: pi.id,
          amountCents: pi.amount,
          amountReceivedCents: pi.amount_received ?? 0,
          currency: pi.currency,
          status: pi.status,
          createdAt: new Date(pi.created * 1000).toISOString(),
          companyId: pi.metadata?.companyId ?? null,
        };
      }),
      hasMore: Boolean(result.has_more),
      nextPage: result.has_more ? (result.next_page ?? null) : null,
    };
  }

  async account(timeoutMs?: number): Promise<{ id: string; chargesEnabled: boolean | null }> {
    const account = await this.call((stripe) =>
      stripe.accounts.retrieveCurrent(undefined, { timeout: timeoutMs ?? DEFAULT_TIMEOUT_MS }),
    );
    if (typeof account?.id !== 'string') throw unexpected();
    return { id: account.id, chargesEnabled: account.charges_enabled ?? null };
  }

  private async call<T>(fn: (stripe: Stripe) => Promise<T>): Promise<T> {
    if (!this.stripe) throw new AppError('UPSTREAM_REJECTED', 'Stripe is not configured (STRIPE_SECRET_KEY)');
    try {
      return await fn(this.stripe);
    } catch (err) {
      throw stripeError(err);
    }
  }
}

function createStripe(secretKey: string, apiUrl: string): Stripe {
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port || (protocol === 'http' ? 80 : 443),
    protocol,
    maxNetworkRetries: 0,
    timeout: DEFAULT_TIMEOUT_MS,
    telemetry: false,
  });
}

function unexpected(): AppError {
  return new AppError('UPSTREAM_REJECTED', `${VENDOR} answered in an unexpected shape`);
}

/** An SDK error as the typed error of DESIGN §3 (same mapping as the HTTP vendors). */
export function stripeError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; statusCode?: number; headers?: Record<string, string>; message?: string };
  if (typeof e?.statusCode === 'number') {
    if (e.type === 'StripeIdempotencyError') {
      return new AppError('CONFLICT', `${VENDOR} refused an idempotency key reused with other parameters`);
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(e.headers ?? {})) headers[name.toLowerCase()] = String(value);
    return vendorError(VENDOR, { status: e.statusCode, headers, body: undefined, text: '', durationMs: 0 });
  }
  if (e?.type === 'StripeConnectionError' && /timeout|timed out/i.test(e.message ?? '')) {
    return new AppError('TIMEOUT', `${VENDOR} did not answer in time`);
  }
  return new AppError('UPSTREAM_UNAVAILABLE', `${VENDOR} could not be reached`);
}
