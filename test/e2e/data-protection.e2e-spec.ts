import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { endedCall, postSignedToRetellEndpoint, retellWebhook } from 'test/fakes/retell-signer';
import { eventually } from 'test/support/eventually';
import { addPhoneNumber, apiAs, auditEntriesOf, seedApiKey, seedTwoTenants } from 'test/support/seed';
import { startTestApp, type TestApp } from 'test/support/test-app';

const PLATFORM_KEY = 'key_platform_dataprot_001';
const COMPANY_A_KEY = 'key_company_a_dataprot_01';
const NUMBER_A = '+493012345678';
const CALLER = '+4915112345678';
const OTHER_CALLER = '+4915187654321';
const RETELL_PATH = '/api/mcp/retell/webhook';
const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let seq = 0;

const post = (payload: unknown, key = COMPANY_A_KEY) => postSignedToRetellEndpoint(t.url, RETELL_PATH, payload, key);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows, read in assertions
type Row = Record<string, any>;
const q = <T = Row>(sql: string, params: unknown[] = []) => t.dataSource.query(sql, params) as Promise<T[]>;

function callObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return endedCall({
    call_id: `call_dp_${Date.now()}_${++seq}`,
    agent_id: 'agent_dp_a',
    from_number: CALLER,
    to_number: NUMBER_A,
    transcript: 'Agent: Praxis A, guten Tag.\nUser: Hier ist Anna Schmidt, ich habe Rückenschmerzen.\n',
    transcript_object: [{ role: 'user', content: 'Hier ist Anna Schmidt', words: [] }],
    retell_llm_dynamic_variables: { customer_name: 'Anna Schmidt' },
    call_analysis: { call_summary: 'Anna Schmidt hat Rückenschmerzen.', user_sentiment: 'Neutral' },
    ...overrides,
  });
}

/** A call of another caller of company A, mentioning nothing of Anna. */
const otherCallerCall = () =>
  callObject({
    from_number: OTHER_CALLER,
    transcript: 'Agent: Praxis A, guten Tag.\nUser: Hier ist Max.\n',
    transcript_object: [],
    retell_llm_dynamic_variables: {},
    call_analysis: { call_summary: 'Max rief an.' },
  });

async function ingest(call: Record<string, unknown>): Promise<Row> {
  expect((await post(retellWebhook('call_ended', call))).status).toBe(204);
  await eventually(async () => {
    const [e] = await q(`SELECT status FROM webhook_events WHERE dedupe_key = $1`, [`call_ended:${call.call_id}`]);
    return e && ['processed', 'ignored'].includes(e.status);
  }, `call ${call.call_id} processed`);
  return (await q(`SELECT * FROM calls WHERE retell_call_id = $1`, [call.call_id]))[0];
}

/** A call as the import leaves it, `ageDays` old, with every personal field set. */
async function insertCall(companyId: string, ageDays: number): Promise<string> {
  const ended = new Date(Date.now() - ageDays * DAY);
  const [row] = await q(
    `INSERT INTO calls (company_id, retell_call_id, status, direction, from_number, to_number, started_at, ended_at,
                        duration_seconds, cost_cents, transcript, transcript_object, recording_url, dynamic_variables,
                        summary, sentiment, successful, analysis, created_at)
     VALUES ($1, $2, 'ended', 'inbound', $3, $4, $5, $6, 95, 13, 'User: Ich bin Max.', '[{"role":"user"}]',
             'https://example.invalid/r.wav', '{"customer_name":"Max"}', 'Max rief an.', 'Neutral', true,
             '{"custom_analysis_data":{}}', $5)
     RETURNING id`,
    [companyId, `call_old_${++seq}_${Date.now()}`, OTHER_CALLER, NUMBER_A, new Date(ended.getTime() - 95_000), ended],
  );
  return row.id;
}

async function insertEvent(companyId: string | null, ageDays: number, status = 'processed'): Promise<string> {
  const [row] = await q(
    `INSERT INTO webhook_events (provider, dedupe_key, event_type, company_id, status, payload, received_at)
     VALUES ('retell', $1, 'call_ended', $2, $3, '{"event":"call_ended","call":{"transcript":"Max"}}', $4)
     RETURNING id`,
    [`dp:${++seq}:${randomUUID()}`, companyId, status, new Date(Date.now() - ageDays * DAY)],
  );
  return row.id;
}

async function insertCallback(companyId: string, ageDays: number, customerId: string | null = null): Promise<string> {
  const [row] = await q(
    `INSERT INTO callback_requests (company_id, customer_id, phone, name, reason, preferred_time, created_at)
     VALUES ($1, $2, $3, 'Max', 'Rezept', 'morgens', $4) RETURNING id`,
    [companyId, customerId, OTHER_CALLER, new Date(Date.now() - ageDays * DAY)],
  );
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp({
    env: {
      RETELL_API_KEY: PLATFORM_KEY,
      RETELL_API_URL: 'http://127.0.0.1:9',
      RETENTION_UNASSIGNED_DAYS: '10',
      WEBHOOK_RETRY_BACKOFF_MS: '20',
    },
  });
  world = await seedTwoTenants(t);
  const su = apiAs(t, world.su);
  await su.patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { retellAgentId: 'agent_dp_a' }).expect(200);
  await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
  await t.app.get(CredentialsService).put(world.a.id, 'retell', { apiKey: COMPANY_A_KEY }, {});
  await q('UPDATE companies SET balance_cents = 10000 WHERE id = $1', [world.a.id]);
});

afterAll(async () => {
  await t?.close();
});

describe('retention purge', () => {
  it("removes expired personal data per company's retention and nothing else; ops run it, audited", async () => {
    // A keeps 30 days (its admin may set it), B the default 90.
    const patched = await apiAs(t, world.adminA)
      .patch(`/api/companies/${world.a.id}`, { settings: { retentionDays: 30 } })
      .expect(200);
    expect(patched.body.settings.retentionDays).toBe(30);

    const oldA = await insertCall(world.a.id, 40);
    const freshA = await insertCall(world.a.id, 20);
    const oldB = await insertCall(world.b.id, 40);
    const oldEventA = await insertEvent(world.a.id, 40);
    const freshEventA = await insertEvent(world.a.id, 20);
    const pendingEventA = await insertEvent(world.a.id, 40, 'received');
    const oldEventB = await insertEvent(world.b.id, 40);
    const oldUnknown = await insertEvent(null, 11);
    const freshUnknown = await insertEvent(null, 9);
    const oldCallbackA = await insertCallback(world.a.id, 40);
    const freshCallbackA = await insertCallback(world.a.id, 20);

    await apiAs(t, world.adminA).post('/api/ops/retention/purge', {}).expect(403);
    const res = await apiAs(t, world.ops).post('/api/ops/retention/purge', {}).expect(200);
    expect(res.body).toEqual({ calls: 1, webhookEvents: 2, callbackRequests: 1 });

    const call = async (id: string) => (await q(`SELECT * FROM calls WHERE id = $1`, [id]))[0];
    expect(await call(oldA)).toMatchObject({
      transcript: null,
      transcript_object: null,
      recording_url: null,
      dynamic_variables: null,
      summary: null,
      analysis: null,
      // What billing and statistics need stays.
      status: 'ended',
      duration_seconds: 95,
      cost_cents: 13,
      sentiment: 'Neutral',
      successful: true,
    });
    expect((await call(oldA)).ended_at).not.toBeNull();
    for (const id of [freshA, oldB]) {
      expect(await call(id)).toMatchObject({
        transcript: 'User: Ich bin Max.',
        recording_url: 'https://example.invalid/r.wav',
      });
    }

    const payloadOf = async (id: string) =>
      (await q(`SELECT payload, dedupe_key FROM webhook_events WHERE id = $1`, [id]))[0];
    for (const id of [oldEventA, oldUnknown]) {
      const row = await payloadOf(id);
      expect(row.payload).toMatchObject({ purged: true });
      expect(JSON.stringify(row.payload)).not.toContain('Max');
      expect(row.dedupe_key).toMatch(/^dp:/); // the row and its dedupe key stay
    }
    for (const id of [freshEventA, pendingEventA, oldEventB, freshUnknown]) {
      expect((await payloadOf(id)).payload).toMatchObject({ call: { transcript: 'Max' } });
    }

    const callback = async (id: string) => (await q(`SELECT * FROM callback_requests WHERE id = $1`, [id]))[0];
    expect(await callback(oldCallbackA)).toMatchObject({ name: null, phone: null, reason: null, preferred_time: null });
    expect(await callback(freshCallbackA)).toMatchObject({ name: 'Max', phone: OTHER_CALLER, reason: 'Rezept' });

    // Idempotent: a second round finds nothing.
    expect((await apiAs(t, world.su).post('/api/ops/retention/purge', {}).expect(200)).body).toEqual({
      calls: 0,
      webhookEvents: 0,
      callbackRequests: 0,
    });
    const [audit] = await q(`SELECT * FROM audit_log WHERE action = 'retention.purge' ORDER BY created_at LIMIT 1`);
    expect(audit).toMatchObject({
      actor_label: 'ops@x.test',
      after: { calls: 1, webhookEvents: 2, callbackRequests: 1 },
    });
  });
});

describe("a caller's export and erase", () => {
  it('exports everything about the caller to the company and super admin only, audited', async () => {
    const call = await ingest(callObject());
    const customerId = call.customer_id as string;
    expect(customerId).toBeTruthy();
    const other = await ingest(otherCallerCall());
    await q(
      `INSERT INTO appointments (company_id, customer_id, call_id, calcom_event_type_id, idempotency_key, starts_at,
                                 ends_at, notes, metadata)
       VALUES ($1, $2, $3, 1, $4, now() + interval '2 days', now() + interval '2 days 30 minutes', 'Rückenschmerzen',
               '{"attendeeName":"Anna Schmidt"}')`,
      [world.a.id, customerId, call.id, `idem_${randomUUID()}`],
    );
    await q(
      `INSERT INTO callback_requests (company_id, customer_id, retell_call_id, phone, name, reason)
       VALUES ($1, $2, $3, $4, 'Anna Schmidt', 'Befund besprechen')`,
      [world.a.id, customerId, call.retell_call_id, CALLER],
    );
    const path = `/api/companies/${world.a.id}/customers/${customerId}/data`;

    const res = await apiAs(t, world.adminA).get(path).expect(200);
    expect(res.body.customer).toMatchObject({ id: customerId, phone: CALLER, name: 'Anna Schmidt' });
    expect(res.body.calls).toHaveLength(1);
    expect(res.body.calls[0]).toMatchObject({ id: call.id, transcript: expect.stringContaining('Anna Schmidt') });
    expect(res.body.appointments).toEqual([expect.objectContaining({ notes: 'Rückenschmerzen' })]);
    expect(res.body.callbackRequests).toEqual([expect.objectContaining({ name: 'Anna Schmidt' })]);
    expect(res.body.webhookEvents).toEqual([expect.objectContaining({ provider: 'retell', eventType: 'call_ended' })]);
    expect(JSON.stringify(res.body)).not.toContain(other.retell_call_id);
    await apiAs(t, world.su).get(path).expect(200);

    // Ops may not read patients' data; another company's admin is refused; another company's customer is unknown.
    await apiAs(t, world.ops).get(path).expect(403);
    const bAdminKey = await seedApiKey(t, world.b.id, ['admin']);
    await apiAs(t, bAdminKey).get(path).expect(403);
    await apiAs(t, world.su).get(`/api/companies/${world.b.id}/customers/${customerId}/data`).expect(404);
    await apiAs(t, world.adminA).get(`/api/companies/${world.a.id}/customers/${randomUUID()}/data`).expect(404);
    await apiAs(t, world.adminA).get(`/api/companies/${world.a.id}/customers/nope/data`).expect(400);

    const audit = (await auditEntriesOf(t, customerId)).filter(
      (e: { action: string }) => e.action === 'customer.export',
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ company_id: world.a.id, actor_label: 'admin@a.test', after: { calls: 1 } });
    expect(JSON.stringify(audit)).not.toContain('Anna');
  });

  it("erases the caller's transcript and name while the call's billing row remains; audited, tenant-isolated", async () => {
    const raw = callObject();
    const call = await ingest(raw);
    const customerId = call.customer_id as string;
    const other = await ingest(otherCallerCall());
    const [charge] = await q(`SELECT * FROM balance_transactions WHERE call_id = $1`, [call.id]);
    expect(charge).toMatchObject({ type: 'call_charge' });
    const [appointment] = await q(
      `INSERT INTO appointments (company_id, customer_id, call_id, calcom_event_type_id, idempotency_key, starts_at,
                                 ends_at, notes)
       VALUES ($1, $2, $3, 1, $4, now() + interval '2 days', now() + interval '2 days 30 minutes', 'Rückenschmerzen')
       RETURNING id, starts_at`,
      [world.a.id, customerId, call.id, `idem_${randomUUID()}`],
    );
    const [callback] = await q(
      `INSERT INTO callback_requests (company_id, customer_id, phone, name, reason)
       VALUES ($1, $2, $3, 'Anna Schmidt', 'Befund') RETURNING id`,
      [world.a.id, customerId, CALLER],
    );
    const path = `/api/companies/${world.a.id}/customers/${customerId}/data`;

    await apiAs(t, world.ops).del(path).expect(403);
    await apiAs(t, world.su).del(`/api/companies/${world.b.id}/customers/${customerId}/data`).expect(404);
    const res = await apiAs(t, world.adminA).del(path).expect(200);
    // The same caller as in the export test: both calls, both appointments, both callback requests, both events.
    expect(res.body).toEqual({ customerId, calls: 2, appointments: 2, callbackRequests: 2, webhookEvents: 2 });
    expect(await q(`SELECT id FROM calls WHERE company_id = $1 AND transcript LIKE '%Anna%'`, [world.a.id])).toEqual(
      [],
    );

    // The call's billing row remains; the transcript, recording and the caller's number are gone.
    const [after] = await q(`SELECT * FROM calls WHERE id = $1`, [call.id]);
    expect(after).toMatchObject({
      transcript: null,
      transcript_object: null,
      recording_url: null,
      dynamic_variables: null,
      summary: null,
      analysis: null,
      from_number: null,
      customer_id: null,
      to_number: NUMBER_A,
      duration_seconds: 95,
      cost_cents: 13,
      status: 'ended',
    });
    expect(await q(`SELECT * FROM balance_transactions WHERE call_id = $1`, [call.id])).toEqual([charge]);
    // The name is gone with the customer row.
    expect(await q(`SELECT * FROM customers WHERE id = $1`, [customerId])).toEqual([]);
    expect(await q(`SELECT * FROM customers WHERE name = 'Anna Schmidt'`)).toEqual([]);
    const [appt] = await q(`SELECT * FROM appointments WHERE id = $1`, [appointment.id]);
    expect(appt).toMatchObject({ notes: null, customer_id: null, metadata: {}, call_id: call.id });
    expect(appt.starts_at).toEqual(appointment.starts_at);
    expect((await q(`SELECT * FROM callback_requests WHERE id = $1`, [callback.id]))[0]).toMatchObject({
      name: null,
      phone: null,
      reason: null,
    });
    // The stored webhook keeps its row and dedupe key: a late redelivery is still a duplicate.
    const events = await q(`SELECT * FROM webhook_events WHERE dedupe_key = $1`, [`call_ended:${raw.call_id}`]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ purged: true });
    expect(
      JSON.stringify(await q(`SELECT payload FROM webhook_events WHERE company_id = $1`, [world.a.id])),
    ).not.toContain('Anna');
    expect((await post(retellWebhook('call_ended', raw))).status).toBe(204);
    await new Promise((r) => setTimeout(r, 300));
    expect((await q(`SELECT transcript FROM calls WHERE id = $1`, [call.id]))[0].transcript).toBeNull();
    expect(await q(`SELECT id FROM webhook_events WHERE dedupe_key = $1`, [`call_ended:${raw.call_id}`])).toHaveLength(
      1,
    );

    // Another caller of the same company is untouched.
    expect((await q(`SELECT transcript, from_number FROM calls WHERE id = $1`, [other.id]))[0]).toMatchObject({
      transcript: expect.stringContaining('Praxis A'),
      from_number: OTHER_CALLER,
    });

    const [audit] = (await auditEntriesOf(t, customerId)).filter(
      (e: { action: string }) => e.action === 'customer.erase',
    );
    expect(audit).toMatchObject({ company_id: world.a.id, actor_label: 'admin@a.test', after: res.body });
    expect(JSON.stringify(audit)).not.toContain('Anna');
    await apiAs(t, world.adminA).get(path).expect(404);
    await apiAs(t, world.adminA).del(path).expect(404);
  });
});

describe('company soft delete', () => {
  it("disables the company's numbers, keys and webhook key at once", async () => {
    const su = apiAs(t, world.su);
    const number = '+494055566677';
    const key = 'key_company_c_dataprot_1';
    const c = (await su.post('/api/companies', { name: 'Kurzlebig' }).expect(201)).body;
    const branch = (await su.post(`/api/companies/${c.id}/branches`, { name: 'Einzige' }).expect(201)).body.id;
    await su.post(`/api/companies/${c.id}/phone-numbers`, { number, branchId: branch }).expect(201);
    await t.app.get(CredentialsService).put(c.id, 'retell', { apiKey: key }, {});
    const apiKey = await seedApiKey(t, c.id, ['admin']);
    const resolve = () =>
      t.app.get(McpOrchestrator).execute<{ company: { id: string } }>(
        'directory',
        'resolve_phone_number',
        { number },
        {
          principal: SYSTEM_PRINCIPAL,
        },
      );
    const webhook = (signWith: string) =>
      post(retellWebhook('call_ended', callObject({ to_number: number, agent_id: 'agent_none' })), signWith);

    // Before: resolved (and cached), the key works, webhooks must carry the company's own key.
    expect((await resolve()).company.id).toBe(c.id);
    await request(t.url).get(`/api/companies/${c.id}`).auth(apiKey, { type: 'bearer' }).expect(200);
    expect((await webhook(PLATFORM_KEY)).status).toBe(401);
    expect((await webhook(key)).status).toBe(204);

    await su.del(`/api/companies/${c.id}`).expect(204);

    await expect(resolve()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await request(t.url).get(`/api/companies/${c.id}`).auth(apiKey, { type: 'bearer' }).expect(401);
    await request(t.url).get('/api/auth/me').auth(apiKey, { type: 'bearer' }).expect(401);
    // Its number belongs to no company now: only the platform key verifies, and the event is nobody's.
    expect((await webhook(key)).status).toBe(401);
    const call = callObject({ to_number: number, agent_id: 'agent_none' });
    expect((await post(retellWebhook('call_ended', call), PLATFORM_KEY)).status).toBe(204);
    const [event] = await q(`SELECT company_id FROM webhook_events WHERE dedupe_key = $1`, [
      `call_ended:${call.call_id}`,
    ]);
    expect(event).toMatchObject({ company_id: null });
  });
});

describe('the nightly purge', () => {
  it('runs by itself on worker instances, once per interval', async () => {
    const app = await startTestApp({ env: { RETENTION_PURGE_INTERVAL_MS: '200' } });
    try {
      const [company] = await app.dataSource.query(
        `INSERT INTO companies (name, settings) VALUES ('Nacht', '{"retentionDays": 1}') RETURNING id`,
      );
      const [call] = await app.dataSource.query(
        `INSERT INTO calls (company_id, retell_call_id, status, ended_at, duration_seconds, transcript)
         VALUES ($1, 'call_night', 'ended', now() - interval '2 days', 60, 'Hallo') RETURNING id`,
        [company.id],
      );
      await eventually(async () => {
        const [row] = await app.dataSource.query(`SELECT transcript FROM calls WHERE id = $1`, [call.id]);
        return row.transcript === null;
      }, 'nightly purge');
    } finally {
      await app.close();
    }
  });
});
