import { createHash, randomBytes } from 'node:crypto';
import { FakeHttpServer, FakeResponse, RecordedRequest } from './fake-http-server';

type Params = Record<string, unknown>;

export interface FakeCheckoutSession {
  id: string;
  object: 'checkout.session';
  mode: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  client_reference_id: string | null;
  success_url: string;
  cancel_url: string;
  url: string;
  payment_intent: string | null;
  created: number;
  livemode: false;
  /** Kept for completeCheckout (real Stripe does not return it). */
  _paymentIntentMetadata: Record<string, string>;
}

export interface FakePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  metadata: Record<string, string>;
  created: number;
  livemode: false;
}

/**
 * Stripe's REST API (vendor-wire-formats §5.3) for what Switchboard calls: form-encoded `/v1/*` bodies in
 * bracket notation, `Authorization: Bearer sk_…`, `Idempotency-Key` replay (same key and params → the saved
 * response, even an error; same key, other params → 400 `idempotency_error`), and the error envelope
 * `{error: {type, message, code?, param?}}`.
 */
export class FakeStripe extends FakeHttpServer {
  readonly sessions = new Map<string, FakeCheckoutSession>();
  readonly paymentIntents = new Map<string, FakePaymentIntent>();
  private readonly idempotency = new Map<string, { fingerprint: string; response: FakeResponse }>();
  private readonly keys = new Set<string>();

  constructor(...secretKeys: string[]) {
    super();
    for (const key of secretKeys) this.keys.add(key);
    this.route('POST', '/v1/checkout/sessions', (req) => this.post(req, () => this.createSession(req)));
    this.route('GET', '/v1/checkout/sessions', (req) =>
      this.authed(req, () => list('/v1/checkout/sessions', [...this.sessions.values()].map(publicSession), req)),
    );
    this.route('GET', '/v1/checkout/sessions/:id', (req, { id }) =>
      this.authed(req, () => {
        const session = this.sessions.get(id);
        return session ? { status: 200, body: publicSession(session) } : missing('checkout.session', id);
      }),
    );
    this.route('GET', '/v1/payment_intents', (req) =>
      this.authed(req, () => list('/v1/payment_intents', [...this.paymentIntents.values()], req)),
    );
    this.route('GET', '/v1/payment_intents/search', (req) => this.authed(req, () => this.searchPaymentIntents(req)));
    this.route('GET', '/v1/account', (req) =>
      this.authed(req, () => ({
        status: 200,
        body: { id: 'acct_fake', object: 'account', charges_enabled: true, country: 'DE', default_currency: 'eur' },
      })),
    );
    this.route('GET', '/v1/balance', (req) =>
      this.authed(req, () => ({
        status: 200,
        body: { object: 'balance', available: [{ amount: 0, currency: 'eur' }], pending: [], livemode: false },
      })),
    );
  }

  /** The customer paid: the session completes and its PaymentIntent (with the session's PI metadata) succeeds. */
  completeCheckout(sessionId: string): FakePaymentIntent {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    const pi = this.addPaymentIntent({ amount: session.amount_total, metadata: session._paymentIntentMetadata });
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: pi.id });
    return pi;
  }

  addPaymentIntent(input: { amount: number; metadata: Record<string, string>; status?: string }): FakePaymentIntent {
    const pi: FakePaymentIntent = {
      id: `pi_${randomBytes(12).toString('hex')}`,
      object: 'payment_intent',
      amount: input.amount,
      amount_received: input.status && input.status !== 'succeeded' ? 0 : input.amount,
      currency: 'eur',
      status: input.status ?? 'succeeded',
      metadata: input.metadata,
      created: Math.floor(Date.now() / 1000) - this.paymentIntents.size,
      livemode: false,
    };
    this.paymentIntents.set(pi.id, pi);
    return pi;
  }

  private createSession(req: RecordedRequest): FakeResponse {
    const p = formParams(req);
    const items = (p.line_items ?? []) as Params[];
    const amount = items.reduce((sum, item) => {
      const data = (item.price_data ?? {}) as Params;
      return sum + Number(data.unit_amount ?? 0) * Number(item.quantity ?? 1);
    }, 0);
    for (const field of ['success_url', 'mode'] as const) {
      if (!p[field]) return invalid(`Missing required param: ${field}.`, field);
    }
    if (!items.length || !Number.isInteger(amount) || amount <= 0) {
      return invalid('line_items must have a positive amount.', 'line_items');
    }
    const id = `cs_test_${randomBytes(12).toString('hex')}`;
    const session: FakeCheckoutSession = {
      id,
      object: 'checkout.session',
      mode: String(p.mode),
      status: 'open',
      payment_status: 'unpaid',
      amount_total: amount,
      currency: String((items[0].price_data as Params | undefined)?.currency ?? 'eur'),
      metadata: (p.metadata ?? {}) as Record<string, string>,
      client_reference_id: (p.client_reference_id as string | undefined) ?? null,
      success_url: String(p.success_url),
      cancel_url: String(p.cancel_url ?? ''),
      url: `https://checkout.stripe.com/c/pay/${id}`,
      payment_intent: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      _paymentIntentMetadata: (((p.payment_intent_data ?? {}) as Params).metadata ?? {}) as Record<string, string>,
    };
    this.sessions.set(id, session);
    return { status: 200, body: publicSession(session) };
  }

  /** Supports Stripe's search syntax for one metadata clause: `metadata['key']:'value'`. */
  private searchPaymentIntents(req: RecordedRequest): FakeResponse {
    const query = req.query.get('query') ?? '';
    const match = /^metadata\[['"]([^'"]+)['"]\]:['"]([^'"]*)['"]$/.exec(query.trim());
    if (!match) return invalid(`Invalid search query: ${query}`, 'query');
    const [, key, value] = match;
    const data = [...this.paymentIntents.values()]
      .filter((pi) => pi.metadata[key] === value)
      .sort((a, b) => b.created - a.created);
    const limit = Math.min(Number(req.query.get('limit') ?? 10), 100);
    const page = req.query.get('page');
    const start = page ? Number(Buffer.from(page, 'base64url').toString()) : 0;
    const items = data.slice(start, start + limit);
    const hasMore = start + limit < data.length;
    return {
      status: 200,
      body: {
        object: 'search_result',
        url: '/v1/payment_intents/search',
        data: items,
        has_more: hasMore,
        next_page: hasMore ? Buffer.from(String(start + limit)).toString('base64url') : null,
        total_count: data.length,
      },
    };
  }

  /** A POST: authenticated, then replayed by Idempotency-Key (Stripe saves the first response, even an error). */
  private post(req: RecordedRequest, handler: () => FakeResponse): FakeResponse {
    return this.authed(req, () => {
      const key = header(req, 'idempotency-key');
      if (!key) return handler();
      if (key.length > 255) return invalid('Idempotency-Key must be at most 255 characters.', 'idempotency_key');
      const fingerprint = createHash('sha256').update(`${req.method} ${req.path}\n${req.rawBody}`).digest('hex');
      const saved = this.idempotency.get(key);
      if (saved) {
        if (saved.fingerprint !== fingerprint) {
          return {
            status: 400,
            body: {
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            },
          };
        }
        return { ...saved.response, headers: { ...saved.response.headers, 'idempotent-replayed': 'true' } };
      }
      const response = handler();
      this.idempotency.set(key, { fingerprint, response });
      return response;
    });
  }

  private authed(req: RecordedRequest, handler: () => FakeResponse): FakeResponse {
    const match = /^Bearer (sk_(?:test|live)_\S+)$/.exec(header(req, 'authorization') ?? '');
    if (!match || !this.keys.has(match[1])) {
      return {
        status: 401,
        body: {
          error: {
            type: 'invalid_request_error',
            message: 'Invalid API Key provided: sk_test_****',
          },
        },
      };
    }
    const response = handler();
    return { ...response, headers: { 'request-id': `req_${randomBytes(8).toString('hex')}`, ...response.headers } };
  }
}

function header(req: RecordedRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function publicSession(session: FakeCheckoutSession): Omit<FakeCheckoutSession, '_paymentIntentMetadata'> {
  const { _paymentIntentMetadata: _, ...rest } = session;
  return rest;
}

function list(url: string, all: { created: number; id: string }[], req: RecordedRequest): FakeResponse {
  const limit = Math.min(Number(req.query.get('limit') ?? 10), 100);
  const sorted = [...all].sort((a, b) => b.created - a.created);
  const after = req.query.get('starting_after');
  const start = after ? sorted.findIndex((o) => o.id === after) + 1 : 0;
  const data = sorted.slice(start, start + limit);
  return { status: 200, body: { object: 'list', url, data, has_more: start + limit < sorted.length } };
}

function missing(object: string, id: string): FakeResponse {
  return {
    status: 404,
    body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${object}: '${id}'` } },
  };
}

function invalid(message: string, param: string): FakeResponse {
  return { status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_invalid', message, param } } };
}

/** A form body in Stripe's bracket notation (`a[b][0][c]=v`) as nested objects and arrays. */
export function formParams(req: RecordedRequest): Params {
  const out: Params = {};
  const source = req.body instanceof URLSearchParams ? req.body : new URLSearchParams(req.rawBody);
  for (const [name, value] of source) {
    const path = name.replace(/\]/g, '').split('[');
    let node: Params | unknown[] = out;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[key] = value;
      else {
        container[key] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
        node = container[key] as Params;
      }
    });
  }
  return out;
}
