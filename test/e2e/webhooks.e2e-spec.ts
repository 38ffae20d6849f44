import request from 'supertest';
import { StripeEventsProcessor } from 'src/billing/stripe-events.processor';
import { WebhookInboxService } from 'src/mcp-servers/webhook/webhook-inbox.service';
import { ToolStatsService } from 'src/orchestrator/stats/tool-stats.service';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { FakeRetell } from 'test/fakes/fake-retell';
import { endedCall, postSignedToRetellEndpoint, retellSignature, retellWebhook } from 'test/fakes/retell-signer';
import { postSignedStripeEvent } from 'test/fakes/stripe-signer';
import { eventually } from 'test/support/eventually';
import { addPhoneNumber, apiAs, auditEntriesOf, seedTwoTenants } from 'test/support/seed';
import { metricValue } from 'test/support/metrics';
import { startTestApp, type TestApp } from 'test/support/test-app';

const PLATFORM_KEY = 'key_platform_webhook_0001';
const COMPANY_B_KEY = 'key_company_b_webhook_01';
const STRIPE_SECRET = 'whsec_test_switchboard_0001';
const NUMBER_A = '+493012345678';
const NUMBER_B = '+494012345678';
const CALLER = '+4915112345678';
const RETELL_PATH = '/api/mcp/retell/webhook';

let t: TestApp;
let fakeRetell: FakeRetell;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let seq = 0;

/** A Retell call object as §1.3 describes it, to company A's number unless told otherwise. */
function callObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return endedCall({
    call_id: `call_${Date.now()}_${++seq}`,
    from_number: CALLER,
    to_number: NUMBER_A,
    retell_llm_dynamic_variables: { customer_name: 'Anna Schmidt' },
    ...overrides,
  });
}

const analysis = {
  call_summary: 'Die Anruferin hat einen Termin gebucht.',
  in_voicemail: false,
  user_sentiment: 'Positive',
  call_successful: true,
  custom_analysis_data: { topic: 'booking' },
};

const post = (payload: unknown, key = PLATFORM_KEY, path = RETELL_PATH, options = {}) =>
  postSignedToRetellEndpoint(t.url, path, payload, key, options);

const callRow = async (retellCallId: string) =>
  (await t.dataSource.query('SELECT * FROM calls WHERE retell_call_id = $1', [retellCallId]))[0];
const eventsOf = (dedupeLike: string) =>
  t.dataSource.query('SELECT * FROM webhook_events WHERE dedupe_key LIKE $1', [dedupeLike]);
const chargesOf = (callId: string) =>
  t.dataSource.query(`SELECT * FROM balance_transactions WHERE call_id = $1`, [callId]);

async function processed(dedupeLike: string, count = 1): Promise<void> {
  await eventually(async () => {
    const rows: { status: string }[] = await eventsOf(dedupeLike);
    return rows.length === count && rows.every((r) => ['processed', 'ignored'].includes(r.status));
  }, `events ${dedupeLike} processed`);
}

beforeAll(async () => {
  fakeRetell = await new FakeRetell(PLATFORM_KEY, COMPANY_B_KEY).start();
  t = await startTestApp({
    env: {
      RETELL_API_URL: fakeRetell.url,
      OUTBOUND_ALLOW_PRIVATE: 'true',
      RETELL_API_KEY: PLATFORM_KEY,
      STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_RETRY_BACKOFF_MS: '20',
    },
  });
  world = await seedTwoTenants(t);
  const su = apiAs(t, world.su);
  await su.patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { retellAgentId: 'agent_a' }).expect(200);
  await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
  await addPhoneNumber(su, world.b.id, NUMBER_B, world.branchB);
  await t.app.get(CredentialsService).put(world.b.id, 'retell', { apiKey: COMPANY_B_KEY }, {});
  await t.dataSource.query('UPDATE companies SET balance_cents = 10000 WHERE id = $1', [world.a.id]);
});

afterAll(async () => {
  await t?.close();
  await fakeRetell?.stop();
});

describe('Retell webhook', () => {
  it('records a call from started to ended, with its caller and one charge', async () => {
    const call = callObject();
    const started = { ...call, call_status: 'ongoing' } as Record<string, unknown>;
    for (const key of ['end_timestamp', 'duration_ms', 'transcript', 'transcript_object', 'call_cost'])
      delete started[key];
    expect((await post(retellWebhook('call_started', started))).status).toBe(204);
    await processed(`call_started:${call.call_id}`);
    expect(await callRow(call.call_id as string)).toMatchObject({ status: 'ongoing', company_id: world.a.id });

    expect((await post(retellWebhook('call_ended', call))).status).toBe(204);
    await processed(`call_ended:${call.call_id}`);
    const row = await callRow(call.call_id as string);
    expect(row).toMatchObject({
      company_id: world.a.id,
      branch_id: world.branchA,
      status: 'ended',
      direction: 'inbound',
      from_number: CALLER,
      to_number: NUMBER_A,
      duration_seconds: 95,
      disconnection_reason: 'user_hangup',
      recording_url: 'https://example.invalid/rec.wav',
      cost_cents: 13,
      dynamic_variables: { customer_name: 'Anna Schmidt' },
    });
    expect(row.started_at.getTime()).toBe(call.start_timestamp);
    const [customer] = await t.dataSource.query('SELECT * FROM customers WHERE id = $1', [row.customer_id]);
    expect(customer).toMatchObject({ company_id: world.a.id, phone: CALLER, name: 'Anna Schmidt' });
    // 95 s at 60 s increments = 2 min at 42 ct.
    const charges = await chargesOf(row.id);
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ type: 'call_charge', amount_cents: -84, balance_after_cents: 10000 - 84 });
  });

  it('refuses a wrong key, a tampered body, a stale timestamp and a missing signature, storing nothing', async () => {
    const call = callObject();
    const body = JSON.stringify(retellWebhook('call_ended', call));
    const metricBefore = await signatureFailures();
    const rollupBefore = await rejectedSignatureRollups();
    const attempts = [
      await post(body, 'key_wrong_0000000000'),
      await post(body.replace('user_hangup', 'agent_hangup'), PLATFORM_KEY, RETELL_PATH, {
        signature: retellSignature(body, PLATFORM_KEY),
      }),
      await post(body, PLATFORM_KEY, RETELL_PATH, { timestampMs: Date.now() - 6 * 60_000 }),
      await post(body, PLATFORM_KEY, RETELL_PATH, { signature: '' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(attempts[0].body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(await eventsOf(`%${call.call_id}`)).toHaveLength(0);
    expect(await callRow(call.call_id as string)).toBeUndefined();
    expect((await signatureFailures()) - metricBefore).toBe(4);
    // …and in the per-minute rollups the dashboard reads, once written.
    await t.app.get(ToolStatsService).flush();
    expect((await rejectedSignatureRollups()) - rollupBefore).toBe(4);
  });

  it('verifies with the company’s own Retell key when it has one, not the platform key', async () => {
    const call = callObject({ to_number: NUMBER_B, agent_id: 'agent_b' });
    expect((await post(retellWebhook('call_ended', call), PLATFORM_KEY)).status).toBe(401);
    expect((await post(retellWebhook('call_ended', call), COMPANY_B_KEY)).status).toBe(204);
    await processed(`call_ended:${call.call_id}`);
    expect(await callRow(call.call_id as string)).toMatchObject({ company_id: world.b.id, branch_id: world.branchB });
  });

  it('accepts an unknown number only with the platform key, and stores it for no company', async () => {
    const call = callObject({ to_number: '+493099999999', agent_id: 'agent_unknown' });
    expect((await post(retellWebhook('call_ended', call), COMPANY_B_KEY)).status).toBe(401);
    expect((await post(retellWebhook('call_ended', call), PLATFORM_KEY)).status).toBe(204);
    await processed(`call_ended:${call.call_id}`);
    const [event] = await eventsOf(`call_ended:${call.call_id}`);
    expect(event).toMatchObject({ company_id: null, status: 'ignored' });
    expect(await callRow(call.call_id as string)).toBeUndefined();
  });

  it('resolves a web call by its agent', async () => {
    const call = callObject({
      call_type: 'web_call',
      from_number: undefined,
      to_number: undefined,
      direction: undefined,
    });
    expect((await post(retellWebhook('call_ended', call))).status).toBe(204);
    await processed(`call_ended:${call.call_id}`);
    expect(await callRow(call.call_id as string)).toMatchObject({
      company_id: world.a.id,
      branch_id: world.branchA,
      direction: 'web',
      customer_id: null,
    });
  });

  it('stores the same call_ended delivered 50 times at once as one event, one call, one charge', async () => {
    const call = callObject();
    const body = JSON.stringify(retellWebhook('call_ended', call));
    const results = await Promise.all(Array.from({ length: 50 }, () => post(body)));
    expect(results.every((r) => r.status === 204)).toBe(true);
    await processed(`call_ended:${call.call_id}`);
    const row = await callRow(call.call_id as string);
    expect(await chargesOf(row.id)).toHaveLength(1);
  });

  it('ends with the same row whatever the order of events', async () => {
    const inOrder = callObject();
    const reversed: Record<string, unknown> = {
      ...callObject(),
      start_timestamp: inOrder.start_timestamp,
      end_timestamp: inOrder.end_timestamp,
    };
    const late = { ...inOrder, call_status: 'ongoing', transcript: 'Agent: Praxis A' };
    await post(retellWebhook('call_started', { ...inOrder, call_status: 'ongoing' }));
    await post(retellWebhook('call_ended', inOrder));
    await post(retellWebhook('call_analyzed', { ...inOrder, call_analysis: analysis }));
    await post(retellWebhook('transcript_updated', late)); // a late, partial transcript
    await post(retellWebhook('call_analyzed', { ...reversed, call_analysis: analysis }));
    await post(retellWebhook('call_ended', reversed));
    for (const id of [inOrder.call_id, reversed.call_id]) await processed(`%:${id}`, id === inOrder.call_id ? 3 : 2);
    await eventually(async () => (await eventsOf('%')).every((e: { status: string }) => e.status !== 'received'));
    const comparable = (row: Record<string, unknown>) => {
      const { id: _id, retell_call_id: _retellId, created_at: _created, updated_at: _updated, ...rest } = row;
      return rest;
    };
    const a = await callRow(inOrder.call_id as string);
    const b = await callRow(reversed.call_id as string);
    expect(a).toMatchObject({
      summary: analysis.call_summary,
      sentiment: 'Positive',
      successful: true,
      status: 'ended',
    });
    expect(a.transcript).toBe(inOrder.transcript);
    expect(comparable(b)).toEqual(comparable(a));
    expect(await chargesOf(b.id)).toHaveLength(1);
  });

  it('takes the predecessor’s paths and a large transcript; refuses what is not JSON or too big', async () => {
    const big = callObject({ transcript: 'x'.repeat(5 * 1024 * 1024) });
    expect((await post(retellWebhook('call_ended', big), PLATFORM_KEY, '/api/retell/webhook')).status).toBe(204);
    const other = callObject();
    expect((await post(retellWebhook('call_ended', other), PLATFORM_KEY, '/api/mcp/retell/events')).status).toBe(204);
    await processed(`call_ended:${big.call_id}`);
    await processed(`call_ended:${other.call_id}`);

    const huge = callObject({ transcript: 'x'.repeat(11 * 1024 * 1024) });
    expect((await post(retellWebhook('call_ended', huge))).status).toBe(413);
    expect((await post('{"event": "call_ended", ')).status).toBe(400);
    const text = await request(t.url).post(RETELL_PATH).set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
  });

  it('stores an unknown event type as ignored and other events by body hash', async () => {
    const call = callObject();
    expect((await post({ event: 'call_teleported', call })).status).toBe(204);
    const [event] = await t.dataSource.query(`SELECT * FROM webhook_events WHERE event_type = 'call_teleported'`);
    expect(event).toMatchObject({ status: 'ignored', company_id: world.a.id });
    const update = retellWebhook('transcript_updated', { ...call, call_status: 'ongoing' });
    expect((await post(update)).status).toBe(204);
    expect((await post(update)).status).toBe(204);
    const updates = await t.dataSource.query(
      `SELECT dedupe_key FROM webhook_events WHERE event_type = 'transcript_updated' AND payload->'call'->>'call_id' = $1`,
      [call.call_id],
    );
    expect(updates).toHaveLength(1);
    expect(updates[0].dedupe_key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Call import', () => {
  it('records the calls Retell has and Switchboard misses, once, as webhooks would', async () => {
    const delivered = callObject({ to_number: NUMBER_B, agent_id: 'agent_b' });
    await post(retellWebhook('call_ended', delivered), COMPANY_B_KEY);
    await processed(`call_ended:${delivered.call_id}`);
    const missed = [1, 2].map(() => callObject({ to_number: NUMBER_B, agent_id: 'agent_b' }));
    const old = callObject({ to_number: NUMBER_B, agent_id: 'agent_b', start_timestamp: Date.now() - 10 * 86_400_000 });
    for (const call of [delivered, ...missed, old]) fakeRetell.addCall(call as never);
    const path = `/api/companies/${world.b.id}/integrations/retell/import-calls`;
    const first = await apiAs(t, world.su).post(path, { days: 7 }).expect(200);
    expect(first.body).toEqual({ created: 2, skipped: 1, failed: 0 });
    const second = await apiAs(t, world.su).post(path, { days: 7 }).expect(200);
    expect(second.body).toEqual({ created: 0, skipped: 3, failed: 0 });
    for (const call of missed) {
      const row = await callRow(call.call_id as string);
      expect(row).toMatchObject({
        company_id: world.b.id,
        branch_id: world.branchB,
        status: 'ended',
        duration_seconds: 95,
      });
      expect(await chargesOf(row.id)).toHaveLength(1);
    }
    expect(await callRow(old.call_id as string)).toBeUndefined();
    await apiAs(t, world.su).post(path, { days: 0 }).expect(400);
    await apiAs(t, world.adminA).post(path, { days: 7 }).expect(403);
  });
});

describe('Low balance', () => {
  it('raises one low-balance alert when a charge takes the balance below the threshold', async () => {
    await t.dataSource.query('UPDATE companies SET balance_cents = 1050 WHERE id = $1', [world.a.id]);
    for (let i = 0; i < 2; i++) {
      const call = callObject();
      await post(retellWebhook('call_ended', call));
      await processed(`call_ended:${call.call_id}`);
    }
    const alerts = await t.dataSource.query(`SELECT * FROM alerts WHERE rule = 'low_balance' AND company_id = $1`, [
      world.a.id,
    ]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ status: 'firing', details: { balanceCents: 1050 - 84, thresholdCents: 1000 } });
  });
});

describe('Retell inbound webhook', () => {
  it('names the agent and what it should know for a known number', async () => {
    await t.dataSource.query(
      `UPDATE branches SET business_hours = '{"mon": [["08:00", "18:00"]], "tue": [["08:00", "18:00"]]}' WHERE id = $1`,
      [world.branchA],
    );
    await apiAs(t, world.su)
      .post(`/api/companies/${world.a.id}/services`, { name: 'Zahnreinigung', durationMinutes: 45 })
      .expect(201);
    const res = await post(
      { event: 'call_inbound', call_inbound: { from_number: CALLER, to_number: NUMBER_A } },
      PLATFORM_KEY,
      '/api/mcp/retell/inbound',
    );
    expect(res.status).toBe(200);
    const vars = (res.body as { call_inbound: { dynamic_variables: Record<string, string> } }).call_inbound
      .dynamic_variables;
    expect(res.body).toMatchObject({
      call_inbound: {
        override_agent_id: 'agent_a',
        metadata: { companyId: world.a.id, branchId: world.branchA },
      },
    });
    expect(vars).toMatchObject({
      company_name: 'Praxis A',
      branch_name: 'Mitte',
      caller_number: CALLER,
      timezone: 'Europe/Berlin',
      services_available: 'Zahnreinigung',
    });
    expect(vars.business_hours).toContain('Montag und Dienstag 8:00 bis 18:00 Uhr');
    expect(vars.current_time).toMatch(/^\d{2}:\d{2}$/);
    expect(Object.values(vars).every((v) => typeof v === 'string')).toBe(true);
  });

  it('answers an unknown number with Retell’s default agent, and refuses a bad signature', async () => {
    const body = { event: 'call_inbound', call_inbound: { from_number: CALLER, to_number: '+493088888888' } };
    const res = await post(body, PLATFORM_KEY, '/api/mcp/retell/inbound');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ call_inbound: {} });
    expect((await post(body, 'key_wrong_0000000000', '/api/mcp/retell/inbound')).status).toBe(401);
  });
});

describe('Stripe webhook', () => {
  const session = (id: string, extra: Record<string, unknown> = {}) => ({
    id: `evt_${id}`,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: `cs_test_${id}`,
        object: 'checkout.session',
        mode: 'payment',
        payment_status: 'paid',
        status: 'complete',
        amount_total: 5000,
        currency: 'eur',
        payment_intent: `pi_${id}`,
        metadata: { companyId: world.b.id },
        ...extra,
      },
    },
  });
  const postStripe = (event: unknown, secret = STRIPE_SECRET, options = {}) =>
    postSignedStripeEvent(t.url, '/api/mcp/stripe/webhook', event, secret, options);
  const ledgerOfB = () =>
    t.dataSource.query(
      'SELECT type, amount_cents, stripe_object_id FROM balance_transactions WHERE company_id = $1 ORDER BY created_at',
      [world.b.id],
    );
  const balanceOfB = async () =>
    (await t.dataSource.query('SELECT balance_cents FROM companies WHERE id = $1', [world.b.id]))[0].balance_cents;

  it('credits a paid Checkout Session exactly once, however often and by whichever event it arrives', async () => {
    const before = await balanceOfB();
    const event = session('one');
    for (let i = 0; i < 3; i++) expect((await postStripe(event)).status).toBe(204);
    const async = { ...session('one'), id: 'evt_one_async', type: 'checkout.session.async_payment_succeeded' };
    expect((await postStripe(async)).status).toBe(204);
    await processed('evt_one%', 2);
    expect((await ledgerOfB()).filter((r: { type: string }) => r.type === 'topup')).toHaveLength(1);
    expect(await balanceOfB()).toBe(before + 5000);
  });

  it('does not credit an unpaid session, and refuses bad or stale signatures', async () => {
    const before = await balanceOfB();
    expect((await postStripe(session('unpaid', { payment_status: 'unpaid' }))).status).toBe(204);
    await processed('evt_unpaid');
    expect(await balanceOfB()).toBe(before);
    expect((await postStripe(session('forged'), 'whsec_wrong_secret_000')).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await postStripe(session('stale'), STRIPE_SECRET, { timestamp: stale })).status).toBe(401);
    expect(await eventsOf('evt_forged')).toHaveLength(0);
    expect(await eventsOf('evt_stale')).toHaveLength(0);
  });

  it('debits refunds by the newly refunded part, in any order, once each', async () => {
    await postStripe(session('refund'));
    await processed('evt_refund');
    const before = await balanceOfB();
    const refunded = (id: string, amount: number) => ({
      id,
      object: 'event',
      type: 'charge.refunded',
      data: { object: { id: 'ch_refund', object: 'charge', payment_intent: 'pi_refund', amount_refunded: amount } },
    });
    // The full refund (3000 in total) arrives before the first partial one (1000).
    await postStripe(refunded('evt_refund_2', 3000));
    await processed('evt_refund_2');
    await postStripe(refunded('evt_refund_1', 1000));
    await postStripe(refunded('evt_refund_1', 1000));
    await processed('evt_refund_1');
    expect(await balanceOfB()).toBe(before - 3000);
    const refunds = (await ledgerOfB()).filter((r: { type: string }) => r.type === 'refund');
    expect(refunds).toEqual([expect.objectContaining({ amount_cents: -3000 })]);
  });
});

describe('Processing failures, dead events and replay', () => {
  it('retries a failing event until dead, and processes it when replayed after the fix', async () => {
    const inbox = t.app.get(WebhookInboxService);
    const real = t.app.get(StripeEventsProcessor);
    let calls = 0;
    inbox.register('stripe', async () => {
      calls++;
      throw new Error('ledger unavailable');
    });
    try {
      await postSignedStripeEvent(
        t.url,
        '/api/mcp/stripe/webhook',
        {
          id: 'evt_dead',
          object: 'event',
          type: 'checkout.session.completed',
          data: {
            object: { id: 'cs_dead', payment_status: 'paid', amount_total: 700, metadata: { companyId: world.a.id } },
          },
        },
        STRIPE_SECRET,
      );
      await eventually(async () => (await eventsOf('evt_dead'))[0]?.status === 'dead', 'dead event');
      expect(calls).toBe(3);
      const [dead] = await eventsOf('evt_dead');
      expect(dead).toMatchObject({ attempts: 3, last_error: 'ledger unavailable' });
    } finally {
      inbox.register('stripe', (event) => real.process(event));
    }
    const [dead] = await eventsOf('evt_dead');
    const replay = await apiAs(t, world.ops).post(`/api/webhook-events/${dead.id}/replay`, {}).expect(200);
    expect(replay.body).toMatchObject({ id: dead.id, provider: 'stripe' });
    await processed('evt_dead');
    const credit = await t.dataSource.query(`SELECT * FROM balance_transactions WHERE stripe_object_id = 'cs_dead'`);
    expect(credit).toHaveLength(1);
    expect(await auditEntriesOf(t, dead.id)).toEqual([expect.objectContaining({ action: 'webhook.replay' })]);
    // Replaying a processed event runs the idempotent processor again: still one credit.
    await apiAs(t, world.ops).post(`/api/webhook-events/${dead.id}/replay`, {}).expect(200);
    await processed('evt_dead');
    expect(
      await t.dataSource.query(`SELECT * FROM balance_transactions WHERE stripe_object_id = 'cs_dead'`),
    ).toHaveLength(1);
  });

  it('replays all dead events of a provider at once', async () => {
    await t.dataSource.query(
      `INSERT INTO webhook_events (provider, dedupe_key, event_type, status, payload, attempts)
       VALUES ('stripe', 'evt_dead_bulk', 'checkout.session.expired', 'dead', '{}', 3)`,
    );
    const res = await apiAs(t, world.ops).post('/api/webhook-events/replay-dead', { provider: 'stripe' }).expect(200);
    expect(res.body.ids).toHaveLength(1);
    await processed('evt_dead_bulk');
  });
});

describe('Inbox API', () => {
  it('lists, filters and shows events to operators, with secrets masked', async () => {
    const call = callObject({ call_type: 'web_call', access_token: 'secret-web-token' });
    await post(retellWebhook('call_ended', call));
    await processed(`call_ended:${call.call_id}`);
    const ops = apiAs(t, world.ops);
    const list = await ops.get(`/api/webhook-events?provider=retell&status=processed&pageSize=100`).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(
      list.body.items.every(
        (e: { provider: string; status: string }) => e.provider === 'retell' && e.status === 'processed',
      ),
    ).toBe(true);
    const mine = list.body.items.find((e: { id: string }) => e.id);
    const [row] = await eventsOf(`call_ended:${call.call_id}`);
    const detail = await ops.get(`/api/webhook-events/${row.id}`).expect(200);
    expect(detail.body.payload.call.access_token).toBe('[masked]');
    expect(detail.body.payload.call.call_id).toBe(call.call_id);
    expect(mine).toBeDefined();
    const counts = await ops.get('/api/webhook-events/counts').expect(200);
    expect(counts.body.byStatus.processed).toBeGreaterThan(0);
    await ops.get('/api/webhook-events?status=exploded').expect(400);
  });

  it('shows a company admin only their own company’s events', async () => {
    const callB = callObject({ to_number: NUMBER_B, agent_id: 'agent_b' });
    await post(retellWebhook('call_ended', callB), COMPANY_B_KEY);
    await processed(`call_ended:${callB.call_id}`);
    const [eventB] = await eventsOf(`call_ended:${callB.call_id}`);
    const adminA = apiAs(t, world.adminA);
    const own = await adminA.get(`/api/companies/${world.a.id}/webhook-events?pageSize=100`).expect(200);
    expect(own.body.items.every((e: { companyId: string }) => e.companyId === world.a.id)).toBe(true);
    await adminA.get(`/api/companies/${world.b.id}/webhook-events`).expect(403);
    await adminA.get(`/api/companies/${world.a.id}/webhook-events/${eventB.id}`).expect(404);
    await adminA.post(`/api/companies/${world.a.id}/webhook-events/${eventB.id}/replay`, {}).expect(404);
    await adminA.get('/api/webhook-events').expect(403);

    // Their own event they can replay: processed again, still one call row.
    const callA = callObject();
    await post(retellWebhook('call_ended', callA), PLATFORM_KEY);
    await processed(`call_ended:${callA.call_id}`);
    const [eventA] = await eventsOf(`call_ended:${callA.call_id}`);
    await adminA.post(`/api/companies/${world.a.id}/webhook-events/${eventA.id}/replay`, {}).expect(200);
    await eventually(async () => (await eventsOf(`call_ended:${callA.call_id}`))[0].attempts === 2, 'replayed');
    await processed(`call_ended:${callA.call_id}`);
    expect(await callRow(callA.call_id as string)).toMatchObject({ company_id: world.a.id });
  });
});

const signatureFailures = () => metricValue(t, 'switchboard_webhook_signature_failures_total{provider="retell"}');
async function rejectedSignatureRollups(): Promise<number> {
  const [{ n }]: { n: number }[] = await t.dataSource.query(
    `SELECT COALESCE(sum(count), 0)::int AS n FROM tool_call_rollups
      WHERE server = 'webhook' AND tool = 'retell_signature' AND outcome = 'rejected'`,
  );
  return n;
}
