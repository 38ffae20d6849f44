import Stripe from 'stripe';
import { DataSource } from 'typeorm';
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { StripeClient } from 'src/mcp-servers/stripe/stripe.client';
import { topupIdempotencyKey } from 'src/mcp-servers/stripe/stripe.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';
import { FakeStripe, formParams } from 'test/fakes/fake-stripe';
import { stripeSignature } from 'test/fakes/stripe-signer';
import { seedCompany } from 'test/support/seed';
import { failureOf } from 'test/support/failure';
import { startTestApp, TestApp } from 'test/support/test-app';

const SECRET_KEY = 'sk_test_platform_secret_4242';
const PUBLIC_BASE_URL = 'https://switchboard.example.com';

const admin = (companyId: string): ToolPrincipal => ({ kind: 'user', id: 'u1', role: 'company_admin', companyId });
const OPS: ToolPrincipal = { kind: 'user', id: 'ops1', role: 'ops', companyId: null };

interface Checkout {
  id: string;
  url: string;
  amountCents: number;
  currency: string;
  status: string;
}

interface Payments {
  items: { id: string; amountCents: number; companyId: string; status: string }[];
  hasMore: boolean;
  nextPage: string | null;
}

describe('stripe server (against FakeStripe)', () => {
  let fake: FakeStripe;
  let t: TestApp;
  let ds: DataSource;
  let orchestrator: McpOrchestrator;
  let companyA: string;
  let companyB: string;

  const exec = <T = Record<string, unknown>>(tool: string, params: unknown, companyId: string) =>
    orchestrator.execute<T>('stripe', tool, params, { principal: admin(companyId) });

  const fail = failureOf;

  beforeAll(async () => {
    fake = await new FakeStripe(SECRET_KEY).start();
    t = await startTestApp({
      env: {
        STRIPE_API_URL: fake.url,
        STRIPE_SECRET_KEY: SECRET_KEY,
        PUBLIC_BASE_URL,
        OUTBOUND_ALLOW_PRIVATE: 'true',
      },
    });
    ds = t.dataSource;
    orchestrator = t.app.get(McpOrchestrator);
    companyA = (await seedCompany(ds, 'Praxis A')).id;
    companyB = (await seedCompany(ds, 'Praxis B')).id;
  });

  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  afterEach(() => fake.clearFaults());

  describe('create_topup_checkout', () => {
    it('creates a EUR payment session tagged with the company, form-encoded, with the documented Idempotency-Key', async () => {
      const before = fake.requests.length;
      const session = await exec<Checkout>('create_topup_checkout', { amountCents: 5000, nonce: 'click-1' }, companyA);
      expect(session).toMatchObject({ amountCents: 5000, currency: 'eur', status: 'open' });
      expect(session.id).toMatch(/^cs_test_/);
      expect(session.url).toContain(session.id);

      const [req] = fake.requests.slice(before);
      expect(req).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions' });
      expect(req.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
      expect(req.headers['content-type']).toContain('application/x-www-form-urlencoded');
      expect(req.headers['stripe-version']).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\d/));
      expect(req.headers['idempotency-key']).toBe(`switchboard-topup:${companyA}:5000:n-click-1`);
      expect(req.headers['idempotency-key']).toBe(topupIdempotencyKey(companyA, 5000, 'click-1'));
      // Bracket notation as stripe-node sends it (brackets unescaped, values encoded).
      expect(req.rawBody).toContain(`&metadata[companyId]=${companyA}&`);
      const params = formParams(req);
      expect(params).toMatchObject({
        mode: 'payment',
        client_reference_id: companyA,
        metadata: { companyId: companyA, purpose: 'topup' },
        payment_intent_data: { metadata: { companyId: companyA, purpose: 'topup' } },
        line_items: [{ quantity: '1', price_data: { currency: 'eur', unit_amount: '5000' } }],
      });
      expect(params.success_url).toBe(
        `${PUBLIC_BASE_URL}/admin/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
      );
      expect(params.cancel_url).toBe(`${PUBLIC_BASE_URL}/admin/billing?checkout=cancelled`);
    });

    it('the same nonce and amount return the same session (Stripe replays); another amount is a new session', async () => {
      const first = await exec<Checkout>('create_topup_checkout', { amountCents: 2500, nonce: 'dbl' }, companyA);
      const count = fake.sessions.size;
      const second = await exec<Checkout>('create_topup_checkout', { amountCents: 2500, nonce: 'dbl' }, companyA);
      expect(second.id).toBe(first.id);
      expect(fake.sessions.size).toBe(count);
      const third = await exec<Checkout>('create_topup_checkout', { amountCents: 3000, nonce: 'dbl' }, companyA);
      expect(third.id).not.toBe(first.id);
      // Another company with the same nonce gets its own key and session.
      const other = await exec<Checkout>('create_topup_checkout', { amountCents: 2500, nonce: 'dbl' }, companyB);
      expect(other.id).not.toBe(first.id);
    });

    it('without a nonce, the key is bucketed by minute', () => {
      const now = Date.UTC(2026, 10, 26, 12, 0, 30);
      expect(topupIdempotencyKey('c1', 100, undefined, now)).toBe(
        topupIdempotencyKey('c1', 100, undefined, now + 29_000),
      );
      expect(topupIdempotencyKey('c1', 100, undefined, now)).not.toBe(
        topupIdempotencyKey('c1', 100, undefined, now + 30_000),
      );
      expect(topupIdempotencyKey('c1', 100, 'n', now)).toBe('switchboard-topup:c1:100:n-n');
    });

    it('a key reused with other parameters is CONFLICT (the fake answers 400 idempotency_error)', async () => {
      const client = t.app.get(StripeClient);
      const request = { companyId: companyA, successUrl: 'https://x.example/ok', cancelUrl: 'https://x.example/no' };
      await client.createTopupCheckout({ ...request, amountCents: 1000, idempotencyKey: 'reuse-1' });
      const error = await fail(
        client.createTopupCheckout({ ...request, amountCents: 2000, idempotencyKey: 'reuse-1' }),
      );
      expect(error).toMatchObject({ code: 'CONFLICT' });
      const res = fake.requests.at(-1)!;
      expect(res.headers['idempotency-key']).toBe('reuse-1');
    });

    it.each([
      { amountCents: 10 },
      { amountCents: 10_000_000 },
      { amountCents: 12.5 },
      { amountCents: '5000' },
      {},
      { amountCents: 5000, nonce: 'has space' },
      { amountCents: 5000, nonce: 'x'.repeat(65) },
    ])('rejects %j as INVALID_INPUT without calling Stripe', async (input) => {
      const before = fake.requests.length;
      expect(await fail(exec('create_topup_checkout', input, companyA))).toMatchObject({ code: 'INVALID_INPUT' });
      expect(fake.requests.length).toBe(before);
    });
  });

  describe('list_payments', () => {
    it("returns only the calling company's payments, searched by metadata.companyId", async () => {
      const a1 = await exec<Checkout>('create_topup_checkout', { amountCents: 1500, nonce: 'pay-a1' }, companyA);
      const b1 = await exec<Checkout>('create_topup_checkout', { amountCents: 9900, nonce: 'pay-b1' }, companyB);
      const piA = fake.completeCheckout(a1.id);
      const piB = fake.completeCheckout(b1.id);
      fake.addPaymentIntent({ amount: 700, metadata: { companyId: companyA }, status: 'requires_payment_method' });

      const before = fake.requests.length;
      const payments = await exec<Payments>('list_payments', {}, companyA);
      expect(payments.items.map((p) => p.id)).toContain(piA.id);
      expect(payments.items.map((p) => p.id)).not.toContain(piB.id);
      expect(payments.items.every((p) => p.companyId === companyA)).toBe(true);
      expect(payments.items.find((p) => p.id === piA.id)).toMatchObject({ amountCents: 1500, status: 'succeeded' });

      const [req] = fake.requests.slice(before);
      expect(req).toMatchObject({ method: 'GET', path: '/v1/payment_intents/search' });
      expect(req.query.get('query')).toBe(`metadata['companyId']:'${companyA}'`);
      expect(req.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
      expect(req.headers['idempotency-key']).toBeUndefined();

      const forB = await exec<Payments>('list_payments', {}, companyB);
      expect(forB.items.map((p) => p.id)).toEqual([piB.id]);
    });

    it("drops another company's payment even if Stripe returned it", async () => {
      const foreign = fake.addPaymentIntent({ amount: 100, metadata: { companyId: companyB } });
      fake.inject({
        path: '/v1/payment_intents/search',
        respond: { status: 200, body: { object: 'search_result', data: [foreign], has_more: false, next_page: null } },
      });
      expect((await exec<Payments>('list_payments', {}, companyA)).items).toEqual([]);
    });

    it('pages with next_page', async () => {
      for (let i = 0; i < 3; i++) fake.addPaymentIntent({ amount: 100 + i, metadata: { companyId: companyB } });
      const first = await exec<Payments>('list_payments', { limit: 2 }, companyB);
      expect(first.items).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const second = await exec<Payments>('list_payments', { limit: 2, page: first.nextPage }, companyB);
      expect(second.items.length).toBeGreaterThan(0);
      expect(second.items.map((p) => p.id)).not.toContain(first.items[0].id);
    });

    it.each([{ limit: 0 }, { limit: 101 }, { page: 5 }])('rejects %j as INVALID_INPUT', async (input) => {
      expect(await fail(exec('list_payments', input, companyA))).toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  describe('get_balance', () => {
    it("reads the company's balance and latest ledger entries, never another company's", async () => {
      const company = await seedCompany(ds, 'Ledger Praxis');
      await ds.getRepository(Company).update(company.id, { balanceCents: 250 });
      const ledger = ds.getRepository(BalanceTransaction);
      await ledger.save({
        companyId: company.id,
        type: 'topup',
        amountCents: 1000,
        balanceAfterCents: 1000,
        stripeObjectId: `cs_${company.id}`,
      });
      await ledger.save({
        companyId: company.id,
        type: 'call_charge',
        amountCents: -750,
        balanceAfterCents: 250,
        description: 'call',
      });
      await ledger.save({
        companyId: companyB,
        type: 'topup',
        amountCents: 5,
        balanceAfterCents: 5,
        stripeObjectId: `cs_b_${company.id}`,
      });

      const balance = await exec<{ balanceCents: number; isLow: boolean; transactions: { amountCents: number }[] }>(
        'get_balance',
        {},
        company.id,
      );
      expect(balance).toMatchObject({
        balanceCents: 250,
        currency: 'eur',
        lowBalanceThresholdCents: 1000,
        isLow: true,
      });
      expect(balance.transactions.map((tx) => tx.amountCents).sort()).toEqual([-750, 1000]);
      expect(
        (await exec<{ transactions: unknown[] }>('get_balance', { limit: 1 }, company.id)).transactions,
      ).toHaveLength(1);
      expect(await fail(exec('get_balance', { limit: 1000 }, company.id))).toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  describe('test_connection', () => {
    it('is a platform tool: ops may call it, a company admin may not', async () => {
      const result = await orchestrator.execute('stripe', 'test_connection', {}, { principal: OPS });
      expect(result).toEqual({ ok: true, accountId: 'acct_fake', chargesEnabled: true });
      expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/account' });
      expect(await fail(exec('test_connection', {}, companyA))).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('vendor errors (every tool that calls Stripe)', () => {
    const tools: [string, Record<string, unknown>, string][] = [
      ['create_topup_checkout', { amountCents: 1000, nonce: 'err' }, '/v1/checkout/sessions'],
      ['list_payments', {}, '/v1/payment_intents/search'],
      ['test_connection', {}, '/v1/account'],
    ];
    const run = (tool: string, params: Record<string, unknown>, companyId: string) =>
      tool === 'test_connection'
        ? orchestrator.execute('stripe', tool, params, { principal: OPS, companyId: null })
        : exec(tool, params, companyId);
    const envelope = (type: string, message: string, code?: string) => ({
      error: { type, message, ...(code ? { code } : {}) },
    });

    it.each(tools)(
      '%s: 401 is UPSTREAM_UNAUTHORIZED and the secret key appears nowhere',
      async (tool, params, path) => {
        const company = (await seedCompany(ds, `401 ${tool}`)).id;
        fake.inject({
          path,
          respond: { status: 401, body: envelope('invalid_request_error', `Invalid API Key provided: ${SECRET_KEY}`) },
        });
        const before = fake.requests.length;
        const error = await fail(run(tool, params, company));
        expect(error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED' });
        expect(JSON.stringify({ message: error.message, details: error.details, stack: error.stack })).not.toContain(
          SECRET_KEY,
        );
        expect(fake.requests.length - before).toBe(1);
      },
    );

    it.each(tools)('%s: 404 is NOT_FOUND', async (tool, params, path) => {
      const company = (await seedCompany(ds, `404 ${tool}`)).id;
      fake.inject({
        path,
        respond: { status: 404, body: envelope('invalid_request_error', 'No such thing', 'resource_missing') },
      });
      expect(await fail(run(tool, params, company))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it.each(tools)('%s: 429 is RATE_LIMITED after the retries', async (tool, params, path) => {
      const company = (await seedCompany(ds, `429 ${tool}`)).id;
      fake.inject({
        path,
        respond: {
          status: 429,
          body: envelope('rate_limit_error', 'Too many requests'),
          headers: { 'retry-after': '0' },
        },
      });
      const before = fake.requests.length;
      expect(await fail(run(tool, params, company))).toMatchObject({ code: 'RATE_LIMITED' });
      expect(fake.requests.length - before).toBe(3);
    });

    it.each(tools)(
      '%s: 5xx is UPSTREAM_UNAVAILABLE after the retries (SDK retries off)',
      async (tool, params, path) => {
        const company = (await seedCompany(ds, `5xx ${tool}`)).id;
        fake.inject({ path, respond: { status: 500, body: envelope('api_error', 'Something went wrong') } });
        const before = fake.requests.length;
        expect(await fail(run(tool, params, company))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
        // 3 orchestrator attempts, no SDK retries; a retried create keeps its Idempotency-Key.
        const attempts = fake.requests.slice(before);
        expect(attempts).toHaveLength(3);
        if (tool === 'create_topup_checkout') {
          expect(new Set(attempts.map((r) => r.headers['idempotency-key'])).size).toBe(1);
        }
      },
    );

    it('400 other than idempotency is UPSTREAM_REJECTED', async () => {
      fake.inject({
        path: '/v1/checkout/sessions',
        respond: { status: 400, body: envelope('invalid_request_error', 'bad', 'parameter_invalid') },
      });
      expect(await fail(exec('create_topup_checkout', { amountCents: 1000, nonce: 'bad400' }, companyA))).toMatchObject(
        {
          code: 'UPSTREAM_REJECTED',
        },
      );
    });
  });

  describe('FakeStripe itself', () => {
    it('refuses a wrong key with the Stripe envelope, and replays by Idempotency-Key', async () => {
      const wrong = await fetch(`${fake.url}/v1/account`, { headers: { authorization: 'Bearer sk_test_wrong' } });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toEqual({ error: { type: 'invalid_request_error', message: expect.any(String) } });

      const post = (body: string) =>
        fetch(`${fake.url}/v1/checkout/sessions`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${SECRET_KEY}`,
            'content-type': 'application/x-www-form-urlencoded',
            'idempotency-key': 'fake-self-test',
          },
          body,
        });
      const body =
        'mode=payment&success_url=https%3A%2F%2Fx&line_items[0][quantity]=1&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=700';
      const first = (await (await post(body)).json()) as { id: string };
      const replay = await post(body);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(((await replay.json()) as { id: string }).id).toBe(first.id);
      const other = await post(body.replace('700', '800'));
      expect(other.status).toBe(400);
      expect(((await other.json()) as { error: { type: string } }).error.type).toBe('idempotency_error');
    });
  });

  describe('stripe-signer', () => {
    it('makes headers the SDK verifies, and matches the test vector of §5.1', () => {
      const body =
        '{"id":"evt_1","object":"event","type":"checkout.session.completed","data":{"object":{"id":"cs_test_1"}}}';
      expect(stripeSignature(body, 'whsec_test', 1764000000)).toBe(
        't=1764000000,v1=213ed26cb0bed32a1deb8bd75b85981dba1cd7c9b883552ae20b45f8fef0daf4',
      );
      const stripe = new Stripe('sk_test_verify_only');
      const header = stripeSignature(body, 'whsec_round_trip');
      expect(stripe.webhooks.constructEvent(body, header, 'whsec_round_trip').id).toBe('evt_1');
      expect(() => stripe.webhooks.constructEvent(body, header, 'whsec_other')).toThrow();
    });
  });
});
