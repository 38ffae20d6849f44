import { calcomSignature, CALCOM_VERSIONS, FakeBooking, FakeCalcom } from 'test/fakes/fake-calcom';
import { eventually } from 'test/support/eventually';
import { apiAs, seedTwoTenants } from 'test/support/seed';
import { startTestApp, type TestApp } from 'test/support/test-app';

const KEY_A = 'cal_live_company_a_key_0001';
const KEY_B = 'cal_live_company_b_key_0002';
const EVENT_TYPE = 8101;
const DAY = '2050-09-05';
const CALLER = '+4915112345678';

let t: TestApp;
let fake: FakeCalcom;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let secretA: string;
let secretB: string;
let serviceA: string;
let customerA: string;

const hook = (companyId: string) => `${t.url}/api/mcp/calcom/webhook/${companyId}`;

/** Cal.com's API as someone outside Switchboard uses it (its booking page, the owner's dashboard). */
async function calApi<T>(path: string, body: object): Promise<T> {
  const res = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${KEY_A}`,
      'cal-api-version': CALCOM_VERSIONS.bookings,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  const data = ((await res.json()) as { data: T }).data;
  await fake.webhooksSettled();
  return data;
}

const book = (start: string, phoneNumber?: string) =>
  calApi<FakeBooking>('/v2/bookings', {
    start,
    eventTypeId: EVENT_TYPE,
    attendee: { name: 'Ana Silva', email: 'ana@example.com', timeZone: 'Europe/Berlin', phoneNumber },
  });

/** A booking payload Switchboard did not see through Cal.com's API (forged, or from another account). */
const payloadFor = (uid: string, start: string, minutes = 30) => ({
  uid,
  eventTypeId: EVENT_TYPE,
  startTime: start,
  endTime: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  status: 'ACCEPTED',
});

const appointmentsOf = (uid: string) =>
  t.dataSource.query('SELECT * FROM appointments WHERE calcom_booking_uid = $1', [uid]);
const eventsOf = (uid: string): Promise<{ status: string; event_type: string }[]> =>
  t.dataSource.query(`SELECT * FROM webhook_events WHERE provider = 'calcom' AND split_part(dedupe_key, ':', 2) = $1`, [
    uid,
  ]);

/** Waits until `count` events of the booking are stored and done; returns their statuses. */
async function settled(uid: string, count = 1): Promise<string[]> {
  let rows: { status: string }[] = [];
  await eventually(async () => {
    rows = await eventsOf(uid);
    return rows.length === count && rows.every((r) => ['processed', 'ignored'].includes(r.status));
  }, `${count} Cal.com event(s) of ${uid} processed`);
  return rows.map((r) => r.status);
}

async function connect(companyId: string, apiKey: string): Promise<string> {
  const su = apiAs(t, world.su);
  await su.put(`/api/companies/${companyId}/integrations/calcom`, { apiKey }).expect(200);
  return (await su.post(`/api/companies/${companyId}/integrations/calcom/webhook-secret`, {}).expect(200)).body.secret;
}

beforeAll(async () => {
  fake = await new FakeCalcom(KEY_A).start();
  fake.apiKeys.add(KEY_B);
  fake.addEventType({ id: EVENT_TYPE, title: 'Kontrolle', lengthInMinutes: 30 });
  t = await startTestApp({
    env: { CALCOM_API_URL: fake.url, OUTBOUND_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BACKOFF_MS: '20' },
  });
  world = await seedTwoTenants(t);
  secretA = await connect(world.a.id, KEY_A);
  secretB = await connect(world.b.id, KEY_B);
  const insertService = `INSERT INTO services (company_id, branch_id, name, calcom_event_type_id)
                         VALUES ($1, $2, 'Kontrolle', $3) RETURNING id`;
  [{ id: serviceA }] = await t.dataSource.query(insertService, [world.a.id, world.branchA, EVENT_TYPE]);
  // Company B offers the same event type: nothing of B's may end up on A's appointments.
  await t.dataSource.query(insertService, [world.b.id, world.branchB, EVENT_TYPE]);
  const insertCustomer = `INSERT INTO customers (company_id, phone, name) VALUES ($1, $2, 'Ana Silva') RETURNING id`;
  [{ id: customerA }] = await t.dataSource.query(insertCustomer, [world.a.id, CALLER]);
  await t.dataSource.query(insertCustomer, [world.b.id, CALLER]);
  fake.setSlots(EVENT_TYPE, DAY, ['08:00', '09:00', '11:00', '12:00']);
  fake.subscribe(hook(world.a.id), secretA);
});

afterAll(async () => {
  await t?.close();
  await fake?.stop();
});

describe('FakeCalcom webhooks', () => {
  it('sign like Cal.com (vendor-wire-formats §4.6 test vector)', () => {
    const body = '{"triggerEvent":"BOOKING_CREATED","createdAt":"2026-11-26T10:00:00.000Z","payload":{"uid":"abc"}}';
    expect(calcomSignature(body, 'whsec_cal_test')).toBe(
      '5bfaa850b233b118742e619ad6420490a99230f7d08a8e921e1ff2176b58a305',
    );
    expect(calcomSignature(body, null)).toBe('no-secret-provided');
  });
});

describe('Cal.com booking webhooks', () => {
  let elsewhere: FakeBooking;

  it('a booking made in Cal.com arrives signed, is acknowledged with 204 and becomes an appointment', async () => {
    elsewhere = await book(`${DAY}T08:00:00Z`, CALLER);
    expect(fake.deliveries.at(-1)).toMatchObject({ trigger: 'BOOKING_CREATED', uid: elsewhere.uid, status: 204 });
    expect(await settled(elsewhere.uid)).toEqual(['processed']);
    const rows = await appointmentsOf(elsewhere.uid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      company_id: world.a.id,
      branch_id: world.branchA,
      service_id: serviceA,
      staff_id: null,
      customer_id: customerA,
      call_id: null,
      calcom_event_type_id: EVENT_TYPE,
      idempotency_key: `calcom:${elsewhere.uid}`,
      status: 'booked',
      metadata: { source: 'calcom' },
    });
    expect(rows[0].starts_at.toISOString()).toBe(`${DAY}T08:00:00.000Z`);
    expect(rows[0].ends_at.toISOString()).toBe(`${DAY}T08:30:00.000Z`);
  });

  it("refuses no-secret-provided, a wrong secret and another company's secret or path with 401, storing nothing", async () => {
    const payload = payloadFor('forged-uid', `${DAY}T15:00:00Z`);
    const attempts = [
      [hook(world.a.id), null],
      [hook(world.a.id), 'not-the-secret'],
      [hook(world.a.id), secretB],
      [hook(world.b.id), secretA],
      [`${t.url}/api/mcp/calcom/webhook/not-a-company`, secretA],
    ] as const;
    for (const [url, secret] of attempts) {
      const res = await fake.sendWebhook(url, secret, 'BOOKING_CREATED', payload);
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body).error.code).toBe('UNAUTHENTICATED');
    }
    expect(await eventsOf('forged-uid')).toEqual([]);
    expect(await appointmentsOf('forged-uid')).toEqual([]);
  });

  it('a duplicate delivery is one change; concurrent events of one booking make one row', async () => {
    const payload = payloadFor('dup-uid', `${DAY}T13:00:00Z`);
    const createdAt = new Date().toISOString();
    for (let i = 0; i < 2; i++) {
      expect((await fake.sendWebhook(hook(world.a.id), secretA, 'BOOKING_CREATED', payload, createdAt)).status).toBe(
        204,
      );
    }
    expect(await settled('dup-uid')).toEqual(['processed']);
    // Two distinct events of the same booking (another createdAt each), processed at the same time.
    const both = await Promise.all(
      ['2050-01-01T00:00:01.000Z', '2050-01-01T00:00:02.000Z'].map((at) =>
        fake.sendWebhook(hook(world.a.id), secretA, 'BOOKING_CREATED', payload, at),
      ),
    );
    expect(both.map((r) => r.status)).toEqual([204, 204]);
    await settled('dup-uid', 3);
    expect(await appointmentsOf('dup-uid')).toHaveLength(1);
  });

  it("keeps Switchboard's own appointment for its booking and only aligns the times", async () => {
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO appointments (company_id, calcom_event_type_id, calcom_booking_uid, idempotency_key, starts_at,
                                 ends_at, metadata)
       VALUES ($1, $2, 'own-uid', 'call:own', $3, $3, '{"source":"voice"}') RETURNING id`,
      [world.a.id, EVENT_TYPE, `${DAY}T14:05:00Z`],
    );
    const res = await fake.sendWebhook(
      hook(world.a.id),
      secretA,
      'BOOKING_CREATED',
      payloadFor('own-uid', `${DAY}T14:00:00Z`),
    );
    expect(res.status).toBe(204);
    expect(await settled('own-uid')).toEqual(['processed']);
    const rows = await appointmentsOf('own-uid');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, idempotency_key: 'call:own', status: 'booked', metadata: { source: 'voice' } });
    expect([rows[0].starts_at.toISOString(), rows[0].ends_at.toISOString()]).toEqual([
      `${DAY}T14:00:00.000Z`,
      `${DAY}T14:30:00.000Z`,
    ]);
  });

  it('a cancellation in Cal.com cancels the appointment; one of an unknown booking is ignored', async () => {
    const booking = await book(`${DAY}T11:00:00Z`);
    await settled(booking.uid);
    await calApi(`/v2/bookings/${booking.uid}/cancel`, { cancellationReason: 'verhindert' });
    expect(fake.deliveries.at(-1)).toMatchObject({ trigger: 'BOOKING_CANCELLED', status: 204 });
    expect(await settled(booking.uid, 2)).toEqual(['processed', 'processed']);
    expect((await appointmentsOf(booking.uid))[0]).toMatchObject({ status: 'cancelled', customer_id: null });

    const unknown = payloadFor('never-seen', `${DAY}T16:00:00Z`);
    expect((await fake.sendWebhook(hook(world.a.id), secretA, 'BOOKING_REJECTED', unknown)).status).toBe(204);
    expect(await settled('never-seen')).toEqual(['ignored']);
    expect(await appointmentsOf('never-seen')).toEqual([]);
  });

  it('a reschedule in Cal.com moves the appointment to the new uid and time', async () => {
    const booking = await book(`${DAY}T12:00:00Z`);
    await settled(booking.uid);
    const [{ id }] = await appointmentsOf(booking.uid);
    fake.setSlots(EVENT_TYPE, '2050-09-06', ['09:00']);
    const moved = await calApi<FakeBooking>(`/v2/bookings/${booking.uid}/reschedule`, {
      start: '2050-09-06T09:00:00Z',
    });
    expect(fake.deliveries.at(-1)).toMatchObject({ trigger: 'BOOKING_RESCHEDULED', uid: moved.uid, status: 204 });
    expect(await settled(moved.uid)).toEqual(['processed']);
    expect(await appointmentsOf(booking.uid)).toEqual([]);
    const rows = await appointmentsOf(moved.uid);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, status: 'rescheduled', idempotency_key: `calcom:${booking.uid}` });
    expect(rows[0].starts_at.toISOString()).toBe('2050-09-06T09:00:00.000Z');

    // Cal.com sending it again (the row has moved already) changes nothing more.
    const again = fake.webhookPayload(moved, { rescheduleUid: booking.uid });
    expect((await fake.sendWebhook(hook(world.a.id), secretA, 'BOOKING_RESCHEDULED', again)).status).toBe(204);
    expect(await settled(moved.uid, 2)).toEqual(['processed', 'processed']);
    expect(await appointmentsOf(moved.uid)).toEqual([expect.objectContaining({ id, status: 'rescheduled' })]);
  });

  it("never touches another company's appointment, even when the uid matches", async () => {
    const uid = elsewhere.uid;
    const sendB = (trigger: string) =>
      fake.sendWebhook(hook(world.b.id), secretB, trigger, fake.webhookPayload(elsewhere), new Date().toISOString());
    expect((await sendB('BOOKING_CANCELLED')).status).toBe(204);
    expect((await sendB('BOOKING_CREATED')).status).toBe(204);
    await settled(uid, 3);
    const statuses: { status: string; company_id: string }[] = await t.dataSource.query(
      `SELECT status, company_id FROM webhook_events WHERE provider = 'calcom' AND company_id = $1
          AND split_part(dedupe_key, ':', 2) = $2`,
      [world.b.id, uid],
    );
    expect(statuses.map((s) => s.status)).toEqual(['ignored', 'ignored']);
    expect(await appointmentsOf(uid)).toEqual([expect.objectContaining({ company_id: world.a.id, status: 'booked' })]);
  });
});

describe('cached availability', () => {
  const CACHE_DAY = '2050-10-01';
  const check = async (): Promise<string[]> => {
    const res = await apiAs(t, world.adminA)
      .post('/api/mcp/execute', {
        server: 'calcom',
        tool: 'check_availability',
        params: { eventTypeId: EVENT_TYPE, start: CACHE_DAY, end: CACHE_DAY, timeZone: 'Europe/Berlin' },
        companyId: world.a.id,
      })
      .expect(200);
    return (res.body.result.days as { starts: string[] }[]).flatMap((d) => d.starts);
  };
  const slotRequests = () => fake.requestsTo('GET', '/v2/slots').length;

  it('is dropped as soon as a booking made elsewhere arrives, so the slot is not offered again', async () => {
    fake.setSlots(EVENT_TYPE, CACHE_DAY, ['09:00', '10:00']);
    const offered = ['2050-10-01T11:00:00.000+02:00', '2050-10-01T12:00:00.000+02:00'];
    expect(await check()).toEqual(offered);
    const before = slotRequests();
    expect(await check()).toEqual(offered); // cached: Cal.com is not asked again
    expect(slotRequests()).toBe(before);

    const booking = await book(`${CACHE_DAY}T09:00:00Z`);
    await settled(booking.uid);
    expect(await check()).toEqual(['2050-10-01T12:00:00.000+02:00']);
    expect(slotRequests()).toBe(before + 1);
  });
});
