import request from 'supertest';
import { addDays, localParts } from 'src/booking/when';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import { postSignedToRetellEndpoint, retellFunctionCall } from 'test/fakes/retell-signer';
import { addPhoneNumber, apiAs, auditEntriesOf, seedTwoTenants } from 'test/support/seed';
import { metricValue } from 'test/support/metrics';
import { startTestApp, type TestApp } from 'test/support/test-app';

const RETELL_KEY = 'key_platform_warm_00001';
const CAL_KEY = 'cal_live_warm_test_key';
const EVENT_TYPE = 4811;
const STAFF_EVENT_TYPE = 4812;
const NUMBER_A = '+493012345699';
const CALLER = '+4915112345600';
const TZ = 'Europe/Berlin';

let t: TestApp;
let fake: FakeCalcom;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;

const metric = (sample: string) => metricValue(t, sample);

beforeAll(async () => {
  fake = await new FakeCalcom(CAL_KEY).start();
  fake.addEventType({ id: EVENT_TYPE, title: 'Zahnreinigung', lengthInMinutes: 30 });
  fake.addEventType({ id: STAFF_EVENT_TYPE, title: 'Dr. Weiß', lengthInMinutes: 30 });
  t = await startTestApp({
    env: {
      CALCOM_API_URL: fake.url,
      OUTBOUND_ALLOW_PRIVATE: 'true',
      RETELL_API_KEY: RETELL_KEY,
      CACHE_WARM_INTERVAL_MS: '0',
    },
  });
  world = await seedTwoTenants(t);
  const su = apiAs(t, world.su);
  await su
    .patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, {
      retellAgentId: 'agent_warm',
      calcomEventTypeId: EVENT_TYPE,
      timezone: TZ,
    })
    .expect(200);
  await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
  await su.put(`/api/companies/${world.a.id}/integrations/calcom`, { apiKey: CAL_KEY }).expect(200);
  await su
    .post(`/api/companies/${world.a.id}/services`, {
      name: 'Zahnreinigung',
      durationMinutes: 30,
      calcomEventTypeId: EVENT_TYPE,
    })
    .expect(201);
  await su
    .post(`/api/companies/${world.a.id}/staff`, { name: 'Dr. Weiß', calcomEventTypeId: STAFF_EVENT_TYPE })
    .expect(201);
  const tomorrow = addDays(localParts(new Date(), TZ).date, 1);
  fake.setSlots(EVENT_TYPE, tomorrow, ['08:00', '09:30']);
});

afterAll(async () => {
  await t?.close();
  await fake?.stop();
});

describe('cache warmer (e2e)', () => {
  it('warms numbers and availability, and the first voice call after it is a cache hit', async () => {
    const res = await apiAs(t, world.ops).post('/api/ops/cache/warm', {}).expect(200);
    expect(res.body).toMatchObject({ numbers: 1, availability: 2, skipped: 0, failed: 0 });
    expect(res.body.durationMs).toEqual(expect.any(Number));
    console.log('warm report', JSON.stringify(res.body));
    expect(fake.requestsTo('GET', '/v2/slots')).toHaveLength(2);
    const [entry] = await auditEntriesOf(t, 'warmer');
    expect(entry).toMatchObject({ action: 'cache.warm', actor_type: 'user' });

    const slotsBefore = fake.requestsTo('GET', '/v2/slots').length;
    const directoryMisses = await metric('switchboard_cache_requests_total{server="directory",result="miss"}');
    const call = {
      call_id: `call_warm_${Date.now()}`,
      agent_id: 'agent_warm',
      call_type: 'phone_call',
      call_status: 'ongoing',
      direction: 'inbound',
      from_number: CALLER,
      to_number: NUMBER_A,
    };
    const answer = await postSignedToRetellEndpoint(
      t.url,
      '/api/mcp/retell/functions/check_availability',
      retellFunctionCall('check_availability', call, { date: 'morgen' }),
      RETELL_KEY,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: true, available: true });
    // Availability and both resolutions (system for the endpoint, company for the session) came from the cache.
    expect(fake.requestsTo('GET', '/v2/slots')).toHaveLength(slotsBefore);
    expect(await metric('switchboard_cache_requests_total{server="directory",result="miss"}')).toBe(directoryMisses);
  });

  it('is for ops and super admins only', async () => {
    await apiAs(t, world.adminA).post('/api/ops/cache/warm', {}).expect(403);
  });

  it('reports availability it could not fetch as failed, and carries on', async () => {
    await t.app.get(ToolCacheService).clearServer('calcom');
    fake.removeEventType(STAFF_EVENT_TYPE);
    const res = await apiAs(t, world.su).post('/api/ops/cache/warm', {}).expect(200);
    expect(res.body.numbers).toBe(1);
    expect(res.body.availability + res.body.failed + res.body.skipped).toBe(2);
    fake.addEventType({ id: STAFF_EVENT_TYPE, title: 'Dr. Weiß', lengthInMinutes: 30 });
  });
});

describe('database pool (e2e)', () => {
  it('exports in_use / idle / waiting gauges and shows the pool in the overview and /api/ops/database', async () => {
    const text = (await request(t.url).get('/metrics').expect(200)).text;
    for (const state of ['in_use', 'idle', 'waiting'])
      expect(text).toMatch(new RegExp(`^switchboard_db_pool_connections\\{state="${state}"\\} \\d+$`, 'm'));
    const db = await apiAs(t, world.ops).get('/api/ops/database').expect(200);
    expect(db.body).toMatchObject({ embedded: false, pool: { max: 10, waiting: 0 }, hint: null });
    expect(db.body.pool.total).toBe(db.body.pool.inUse + db.body.pool.idle);
    const overview = await apiAs(t, world.ops).get('/api/ops/overview').expect(200);
    expect(overview.body.database).toMatchObject({ embedded: false, pool: { max: 10 } });
  });
});

describe('query advisor (e2e)', () => {
  it('runs (EXPLAIN path without pg_stat_statements), stores the report and serves it as the latest', async () => {
    const ops = apiAs(t, world.ops);
    await ops.get('/api/ops/query-advisor/latest').expect(404);
    const run = await ops.post('/api/ops/query-advisor/run', { analyze: true }).expect(200);
    expect(run.body).toMatchObject({ source: 'explain', report: { analyzed: true } });
    expect(run.body.report.hotQueryPlans.map((p: { name: string }) => p.name)).toContain(
      'directory.resolve_phone_number',
    );
    expect(run.body.report.tableSizes.map((s: { table: string }) => s.table)).toContain('phone_numbers');
    const latest = await ops.get('/api/ops/query-advisor/latest').expect(200);
    expect(latest.body.id).toBe(run.body.id);
    await apiAs(t, world.adminA).post('/api/ops/query-advisor/run', {}).expect(403);
  });
});
