import { createHmac } from 'node:crypto';
import request from 'supertest';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { LATENCY_BUCKETS_MS, NO_COMPANY } from 'src/orchestrator/stats/tool-call-rollup.entity';
import { AlertEvaluator } from 'src/ops/alerts/alert-evaluator.service';
import { QueueService } from 'src/platform/queue/queue.service';
import { FakeHttpServer } from 'test/fakes/fake-http-server';
import { FakeSmtpServer } from 'test/fakes/fake-smtp';
import { apiAs, auditEntriesOf, seedTwoTenants } from 'test/support/seed';
import { startTestApp, type TestApp } from 'test/support/test-app';

const SECRET = 'alert-webhook-secret-0123456789';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let receiver: FakeHttpServer;
let smtp: FakeSmtpServer;
let ops: ReturnType<typeof apiAs>;
let seq = 0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of ad-hoc SQL
const q = <T = Record<string, any>>(sql: string, params: unknown[] = []) =>
  t.dataSource.query(sql, params) as Promise<T[]>;
const evaluate = () => t.app.get(AlertEvaluator).evaluateNow();
const firing = (rule: string) =>
  q(`SELECT * FROM alerts WHERE rule = $1 AND status = 'firing' ORDER BY fired_at`, [rule]);
type Hook = { event: string; alert: Record<string, unknown> };
const hooks = () => receiver.requestsTo('POST', '/alerts').map((r) => r.body as Hook);

/** One rollup row in the current minute: `count` calls of `latencyMs` each with the given outcome. */
async function rollup(server: string, tool: string, outcome: string, count: number, latencyMs = 10) {
  const buckets = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  const i = LATENCY_BUCKETS_MS.findIndex((b) => latencyMs <= b);
  buckets[i < 0 ? LATENCY_BUCKETS_MS.length : i] = count;
  await q(
    `INSERT INTO tool_call_rollups (minute, server, tool, company_id, outcome, count, latency_sum_ms, latency_max_ms, buckets)
     VALUES (date_trunc('minute', now()), $1, $2, $3, $4, $5, $6, $7, $8)`,
    [server, tool, NO_COMPANY, outcome, count, count * latencyMs, latencyMs, buckets],
  );
}
const clearRollups = (server: string) => q(`DELETE FROM tool_call_rollups WHERE server = $1`, [server]);

beforeAll(async () => {
  receiver = await new FakeHttpServer().route('POST', '/alerts', () => ({ status: 204 })).start();
  smtp = await new FakeSmtpServer().start();
  t = await startTestApp({
    env: {
      OUTBOUND_ALLOW_PRIVATE: 'true',
      SMTP_URL: smtp.url,
      ALERT_EMAIL_FROM: 'alerts@switchboard.test',
      ALERT_EVALUATION_INTERVAL_MS: '3600000',
      ALERT_COOLDOWN_MS: '60000',
      ALERT_MIN_CALLS: '5',
      ALERT_ERROR_RATE_THRESHOLD: '0.2',
      ALERT_CIRCUIT_OPEN_MINUTES: '2',
      ALERT_QUEUE_BACKLOG: '100',
      ALERT_QUEUE_OLDEST_AGE_SECONDS: '60',
      ALERT_SIGNATURE_FAILURES: '3',
    },
  });
  world = await seedTwoTenants(t);
  ops = apiAs(t, world.ops);
  // Both companies well above their low-balance threshold, so only the tests below cross it.
  await q(`UPDATE companies SET balance_cents = 100000`);
});

afterAll(async () => {
  await t?.close();
  await receiver?.stop();
  await smtp?.stop();
});

describe('alert channels', () => {
  it('stores a webhook channel with its secret encrypted and never returns it; e-mail channels too', async () => {
    const res = await ops
      .post('/api/ops/alert-channels', {
        name: 'pager',
        type: 'webhook',
        target: `${receiver.url}/alerts`,
        secret: SECRET,
      })
      .expect(201);
    expect(res.body).toMatchObject({ type: 'webhook', hasSecret: true, enabled: true, minSeverity: 'warning' });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    const [row] = await q(`SELECT secret_ciphertext FROM alert_channels WHERE id = $1`, [res.body.id]);
    expect(row.secret_ciphertext).toMatch(/^v1:/);
    expect(row.secret_ciphertext).not.toContain(SECRET);

    await ops
      .post('/api/ops/alert-channels', { name: 'oncall', type: 'email', target: 'oncall@switchboard.test' })
      .expect(201);
    const list = await ops.get('/api/ops/alert-channels').expect(200);
    expect(list.body.map((c: { name: string }) => c.name)).toEqual(['pager', 'oncall']);
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    expect((await auditEntriesOf(t, res.body.id)).map((e: { action: string }) => e.action)).toContain(
      'alert_channel.create',
    );
  });

  it('refuses a webhook without a secret, a bad address, and company admins', async () => {
    await ops.post('/api/ops/alert-channels', { name: 'x', type: 'webhook', target: `${receiver.url}/x` }).expect(400);
    await ops.post('/api/ops/alert-channels', { name: 'x', type: 'email', target: 'not-an-address' }).expect(400);
    await ops
      .post('/api/ops/alert-channels', { name: 'x', type: 'webhook', target: 'ftp://example.com/x', secret: SECRET })
      .expect(400);
    await apiAs(t, world.adminA).get('/api/ops/alert-channels').expect(403);
    await apiAs(t, world.adminA).get('/api/ops/alerts').expect(403);
  });

  it('sends a signed test notification', async () => {
    const [channel] = (await ops.get('/api/ops/alert-channels').expect(200)).body;
    const before = hooks().length;
    const res = await ops.post(`/api/ops/alert-channels/${channel.id}/test`, {}).expect(200);
    expect(res.body).toEqual({ ok: true, error: null });
    const [req] = receiver.requestsTo('POST', '/alerts').slice(before);
    expect(req.body).toMatchObject({ event: 'test' });
    verifySignature(req.headers['x-switchboard-signature'] as string, req.rawBody);
  });
});

function verifySignature(header: string, rawBody: string): void {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  expect(m).not.toBeNull();
  const expected = createHmac('sha256', SECRET).update(`${m![1]}.${rawBody}`).digest('hex');
  expect(m![2]).toBe(expected);
  expect(Math.abs(Date.now() / 1000 - Number(m![1]))).toBeLessThan(60);
}

describe('alert rules', () => {
  it('error rate per server: fires once above the threshold, notifies signed, resolves and notifies again', async () => {
    await rollup('calcom', 'get_slots', 'ok', 6);
    await rollup('calcom', 'get_slots', 'error', 4);
    await rollup('stripe', 'charge', 'ok', 20);
    const before = hooks().length;
    await evaluate();
    const [alert] = await firing('error_rate');
    expect(alert).toMatchObject({ severity: 'critical', company_id: null });
    expect(alert.details).toMatchObject({ scope: 'calcom', calls: 10, errors: 4 });
    expect(await firing('error_rate')).toHaveLength(1);

    // Fires once: a second round changes nothing and sends nothing.
    await evaluate();
    expect(await firing('error_rate')).toHaveLength(1);
    const sent = receiver.requestsTo('POST', '/alerts').slice(before);
    expect(sent.map((r) => (r.body as Hook).event)).toEqual(['firing']);
    expect((sent[0].body as Hook).alert).toMatchObject({ id: alert.id, rule: 'error_rate', status: 'firing' });
    verifySignature(sent[0].headers['x-switchboard-signature'] as string, sent[0].rawBody);
    // The e-mail channel got it too.
    expect(smtp.mails.some((m) => m.to.includes('oncall@switchboard.test') && m.data.includes('error_rate'))).toBe(
      true,
    );

    await clearRollups('calcom');
    await rollup('calcom', 'get_slots', 'ok', 10);
    await evaluate();
    expect(await firing('error_rate')).toHaveLength(0);
    const [resolved] = await q(`SELECT * FROM alerts WHERE id = $1`, [alert.id]);
    expect(resolved.status).toBe('resolved');
    expect(resolved.resolved_at).not.toBeNull();
    expect(
      hooks()
        .slice(before)
        .map((b) => b.event),
    ).toEqual(['firing', 'resolved']);
    await clearRollups('calcom');
    await clearRollups('stripe');
  });

  it('voice tool p95 above its budget', async () => {
    await rollup('voice', 'check_availability', 'ok', 10, 4000); // budget 2500 ms
    await rollup('voice', 'list_services', 'ok', 10, 50);
    await evaluate();
    const alerts = await firing('voice_latency');
    expect(alerts.map((a) => a.details.scope)).toEqual(['check_availability']);
    await clearRollups('voice');
    await rollup('voice', 'check_availability', 'ok', 10, 400);
    await evaluate();
    expect(await firing('voice_latency')).toHaveLength(0);
    await clearRollups('voice');
  });

  it('webhook signature failures burst', async () => {
    await rollup('webhook', 'retell_signature', 'rejected', 2);
    await evaluate();
    expect(await firing('signature_failures')).toHaveLength(0);
    await rollup('webhook', 'stripe_signature', 'rejected', 5);
    await evaluate();
    const [alert] = await firing('signature_failures');
    expect(alert.details).toMatchObject({ provider: 'stripe', rejected: 5 });
    await clearRollups('webhook');
    await evaluate();
    expect(await firing('signature_failures')).toHaveLength(0);
  });

  it('a circuit open longer than the limit', async () => {
    const circuits = jest.spyOn(t.app.get(CircuitBreakerService), 'list');
    const since = (min: number) => new Date(Date.now() - min * 60_000).toISOString();
    circuits.mockResolvedValue([
      { server: 'calcom', companyId: world.a.id, state: 'open', since: since(1) },
      { server: 'retell', companyId: 'system', state: 'half_open', since: since(10) },
    ]);
    await evaluate();
    expect(await firing('circuit_open')).toHaveLength(0);
    circuits.mockResolvedValue([{ server: 'calcom', companyId: world.a.id, state: 'open', since: since(3) }]);
    await evaluate();
    const [alert] = await firing('circuit_open');
    expect(alert).toMatchObject({ company_id: world.a.id, severity: 'critical' });
    circuits.mockResolvedValue([]);
    await evaluate();
    expect(await firing('circuit_open')).toHaveLength(0);
    circuits.mockRestore();
  });

  it('queue backlog and oldest job age', async () => {
    const stats = jest.spyOn(t.app.get(QueueService), 'stats');
    const queue = (waiting: number, age: number | null, name = 'webhooks') => ({
      name,
      waiting,
      active: 0,
      delayed: 0,
      failed: 0,
      oldestWaitingAgeSeconds: age,
    });
    stats.mockResolvedValue([queue(150, 5)]);
    await evaluate();
    expect((await firing('queue_backlog')).map((a) => a.details.scope)).toEqual(['webhooks']);
    stats.mockResolvedValue([queue(3, 10)]);
    await evaluate();
    expect(await firing('queue_backlog')).toHaveLength(0);
    // Another queue (the first is in its cooldown now) whose oldest job waits too long.
    stats.mockResolvedValue([queue(3, 600, 'calls')]);
    await evaluate();
    expect((await firing('queue_backlog')).map((a) => a.details.scope)).toEqual(['calls']);
    stats.mockResolvedValue([queue(0, null, 'calls')]);
    await evaluate();
    expect(await firing('queue_backlog')).toHaveLength(0);
    stats.mockRestore();
  });

  it('dead webhooks > 0, with a cooldown after it resolves', async () => {
    const insertDead = async () =>
      (
        await q(
          `INSERT INTO webhook_events (provider, dedupe_key, event_type, status, payload)
           VALUES ('retell', $1, 'call_ended', 'dead', '{}') RETURNING id`,
          [`alerts:${++seq}:${Date.now()}`],
        )
      )[0].id as string;
    const id = await insertDead();
    await evaluate();
    expect(await firing('dead_webhooks')).toHaveLength(1);
    await q(`UPDATE webhook_events SET status = 'processed' WHERE id = $1`, [id]);
    await evaluate();
    expect(await firing('dead_webhooks')).toHaveLength(0);

    // Back within the cooldown: nothing fires, nothing is sent.
    const before = hooks().length;
    const again = await insertDead();
    await evaluate();
    expect(await firing('dead_webhooks')).toHaveLength(0);
    expect(hooks().length).toBe(before);

    // After the cooldown it fires again.
    await q(`UPDATE alerts SET resolved_at = now() - interval '2 minutes' WHERE rule = 'dead_webhooks'`);
    await evaluate();
    expect(await firing('dead_webhooks')).toHaveLength(1);
    expect(
      hooks()
        .slice(before)
        .map((b) => [b.event, b.alert.rule]),
    ).toEqual([['firing', 'dead_webhooks']]);
    await q(`UPDATE webhook_events SET status = 'processed' WHERE id = $1`, [again]);
    await evaluate();
    expect(await firing('dead_webhooks')).toHaveLength(0);
  });

  it("low balance: the ledger's alert is notified (company admins by e-mail) and resolved when topped up", async () => {
    // What the ledger does when a charge crosses the threshold.
    await q(`UPDATE companies SET balance_cents = 500 WHERE id = $1`, [world.a.id]);
    await q(
      `INSERT INTO alerts (rule, severity, company_id, status, message, details)
       VALUES ('low_balance', 'warning', $1, 'firing', 'low', '{"balanceCents": 500, "thresholdCents": 1000}')`,
      [world.a.id],
    );
    const mailsBefore = smtp.mails.length;
    const before = hooks().length;
    await evaluate();
    const alerts = await firing('low_balance');
    expect(alerts).toHaveLength(1); // the ledger's row, not a second one
    expect(alerts[0]).toMatchObject({ company_id: world.a.id });
    expect(alerts[0].notified_at).not.toBeNull();
    expect(
      hooks()
        .slice(before)
        .map((b) => [b.event, b.alert.rule]),
    ).toEqual([['firing', 'low_balance']]);
    const mails = smtp.mails.slice(mailsBefore);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['admin@a.test', 'oncall@switchboard.test']);
    expect(mails[0].from).toBe('alerts@switchboard.test');

    await evaluate();
    expect(hooks().length).toBe(before + 1);

    await q(`UPDATE companies SET balance_cents = 50000 WHERE id = $1`, [world.a.id]);
    await evaluate();
    expect(await firing('low_balance')).toHaveLength(0);
    expect(
      hooks()
        .slice(before)
        .map((b) => b.event),
    ).toEqual(['firing', 'resolved']);
  });

  it('an integration failing its test reaches that company only', async () => {
    await q(
      `INSERT INTO integrations (company_id, provider, status, last_test_ok, last_test_detail, last_tested_at)
       VALUES ($1, 'calcom', 'error', false, 'Cal.com answered 401', now())`,
      [world.b.id],
    );
    const mailsBefore = smtp.mails.length;
    await evaluate();
    const [alert] = await firing('integration_failing');
    expect(alert).toMatchObject({ company_id: world.b.id });
    expect(alert.message).toContain('401');
    // B has no company admin: only the operators' channel.
    expect(smtp.mails.slice(mailsBefore).map((m) => m.to[0])).toEqual(['oncall@switchboard.test']);
    await q(`UPDATE integrations SET last_test_ok = true WHERE company_id = $1`, [world.b.id]);
    await evaluate();
    expect(await firing('integration_failing')).toHaveLength(0);
  });
});

describe('alerts API', () => {
  it('lists active and history, pages, and acknowledges (audited)', async () => {
    await q(`UPDATE companies SET balance_cents = 10 WHERE id = $1`, [world.b.id]);
    await evaluate();
    const active = await ops.get('/api/ops/alerts?status=firing').expect(200);
    expect(active.body.items.map((a: { rule: string }) => a.rule)).toEqual(['low_balance']);
    const history = await ops.get('/api/ops/alerts?status=resolved&pageSize=2').expect(200);
    expect(history.body.items).toHaveLength(2);
    expect(history.body.total).toBeGreaterThanOrEqual(8);
    expect(history.body.items.every((a: { status: string }) => a.status === 'resolved')).toBe(true);

    const id = active.body.items[0].id;
    const acked = await ops.post(`/api/ops/alerts/${id}/ack`, {}).expect(200);
    expect(acked.body.acknowledgedAt).not.toBeNull();
    expect(acked.body.acknowledgedBy).toBeTruthy();
    await ops.post(`/api/ops/alerts/${id}/ack`, {}).expect(200);
    expect((await auditEntriesOf(t, id)).map((e: { action: string }) => e.action)).toEqual(['alert.ack']);
    await ops.post(`/api/ops/alerts/00000000-0000-4000-8000-000000000000/ack`, {}).expect(404);
    await ops.get('/api/ops/alerts?status=open').expect(400);
  });

  it('exports switchboard_alerts_firing', async () => {
    const res = await request(t.url).get('/metrics').expect(200);
    expect(res.text).toMatch(/switchboard_alerts_firing\{rule="low_balance",severity="warning"\} 1/);
  });
});
