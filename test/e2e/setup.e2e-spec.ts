import { FakeCalcom } from 'test/fakes/fake-calcom';
import { FakeRetell } from 'test/fakes/fake-retell';
import { addPhoneNumber, apiAs, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('setup checklist (e2e)', () => {
  const CAL_KEY = 'cal_live_setup-check-key-0001';
  const RETELL_KEY = 'key_setup_check_retell_0001';
  let calcom: FakeCalcom;
  let retell: FakeRetell;
  let t: TestApp;
  let world: Awaited<ReturnType<typeof seedTwoTenants>>;
  const setup = (companyId: string) => `/api/companies/${companyId}/setup`;
  const statuses = (body: { items: { key: string; status: string }[] }) =>
    Object.fromEntries(body.items.map((i) => [i.key, i.status]));

  beforeAll(async () => {
    calcom = await new FakeCalcom(CAL_KEY).start();
    retell = await new FakeRetell(RETELL_KEY).start();
    t = await startTestApp({
      env: { CALCOM_API_URL: calcom.url, RETELL_API_URL: retell.url, OUTBOUND_ALLOW_PRIVATE: 'true' },
    });
    world = await seedTwoTenants(t);
  });
  afterAll(async () => {
    await t.close();
    await calcom.stop();
    await retell.stop();
  });

  it('lists everything a new company still lacks, and is not ready', async () => {
    const res = await apiAs(t, world.adminA).get(setup(world.a.id)).expect(200);
    expect(res.body.ready).toBe(false);
    expect(statuses(res.body)).toEqual({
      calcom_connected: 'missing',
      calcom_webhook_secret: 'missing',
      event_types_synced: 'missing',
      retell_connected: 'missing',
      phone_numbers_assigned: 'missing',
      services_mapped: 'missing',
      knowledge_published: 'warning',
      balance: 'missing',
    });
    expect(res.body.items.find((i: { key: string }) => i.key === 'balance').detail).toEqual({
      balanceCents: 0,
      thresholdCents: expect.any(Number),
    });
  });

  it('reports partial setups as warnings with the numbers behind them', async () => {
    const su = apiAs(t, world.su);
    const base = `/api/companies/${world.a.id}`;
    await su.post(`${base}/services`, { name: 'Kontrolle', durationMinutes: 30, calcomEventTypeId: 11 }).expect(201);
    await su.post(`${base}/services`, { name: 'Beratung', durationMinutes: 30 }).expect(201);
    await addPhoneNumber(su, world.a.id, '+4930123456', world.branchA);
    await t.dataSource.query(`UPDATE companies SET balance_cents = 1 WHERE id = $1`, [world.a.id]);

    const res = await apiAs(t, world.adminA).get(setup(world.a.id)).expect(200);
    const items = Object.fromEntries(
      res.body.items.map((i: { key: string; status: string; detail?: object }) => [i.key, i]),
    );
    expect(items.event_types_synced).toMatchObject({ status: 'ok', detail: { total: 1 } });
    expect(items.services_mapped).toMatchObject({ status: 'warning', detail: { total: 2, pending: 1 } });
    // The branch has no Retell agent yet, so the number would not be answered.
    expect(items.phone_numbers_assigned).toMatchObject({ status: 'warning', detail: { total: 1, pending: 1 } });
    expect(items.balance.status).toBe('warning');
  });

  it('is ready once the integrations are connected, numbers answered, and the balance is funded', async () => {
    const admin = apiAs(t, world.adminA);
    const base = `/api/companies/${world.a.id}`;
    await admin.put(`${base}/integrations/calcom`, { apiKey: CAL_KEY }).expect(200);
    await admin.post(`${base}/integrations/calcom/webhook-secret`, {}).expect(200);
    await admin.put(`${base}/integrations/retell`, { apiKey: RETELL_KEY }).expect(200);
    await apiAs(t, world.su).patch(`${base}/branches/${world.branchA}`, { retellAgentId: 'agent_a' }).expect(200);
    await t.dataSource.query(`UPDATE companies SET balance_cents = 1000000 WHERE id = $1`, [world.a.id]);

    const res = await admin.get(setup(world.a.id)).expect(200);
    expect(statuses(res.body)).toMatchObject({
      calcom_connected: 'ok',
      calcom_webhook_secret: 'ok',
      retell_connected: 'ok',
      phone_numbers_assigned: 'ok',
      balance: 'ok',
    });
    expect(res.body.ready).toBe(true);
  });

  it('keeps company admins to their own company and ops out', async () => {
    await apiAs(t, world.adminA).get(setup(world.b.id)).expect(403);
    await apiAs(t, world.ops).get(setup(world.a.id)).expect(403);
    await apiAs(t, world.su).get(setup(world.b.id)).expect(200);
    await apiAs(t, world.su).get(setup('00000000-0000-4000-8000-000000000000')).expect(404);
  });
});
