import request from 'supertest';
import { addDays, localParts, zonedToUtc } from 'src/booking/when';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import { postSignedToRetellEndpoint, retellFunctionCall, retellWebhook } from 'test/fakes/retell-signer';
import { eventually } from 'test/support/eventually';
import { addPhoneNumber, apiAs, seedTwoTenants } from 'test/support/seed';
import { VOICE_TOOLS } from 'test/support/voice-tools';
import { startTestApp, type TestApp } from 'test/support/test-app';

const RETELL_KEY = 'key_platform_voice_00001';
const CAL_KEY = 'cal_live_voice_test_key';
const EVENT_TYPE = 4711;
const NUMBER_A = '+493012345678';
const CALLER = '+4915112345678';
const TZ = 'Europe/Berlin';

let t: TestApp;
let fake: FakeCalcom;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let seq = 0;

/** A voice tool's JSON answer, read field by field in the assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;

const tomorrow = () => addDays(localParts(new Date(), TZ).date, 1);
const at = (date: string, time: string) => zonedToUtc(date, time, TZ).toISOString();

function call(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    call_id: `call_voice_${Date.now()}_${++seq}`,
    agent_id: 'agent_voice',
    call_type: 'phone_call',
    call_status: 'ongoing',
    direction: 'inbound',
    from_number: CALLER,
    to_number: NUMBER_A,
    ...overrides,
  };
}

/** A custom-function call exactly as Retell sends it; returns status, answer and how long it took. */
async function fn(tool: string, args: Record<string, unknown>, theCall = call()) {
  const started = Date.now();
  const res = await postSignedToRetellEndpoint(
    t.url,
    `/api/mcp/retell/functions/${tool}`,
    retellFunctionCall(tool, theCall, args),
    RETELL_KEY,
  );
  return { status: res.status, body: res.body as Answer, ms: Date.now() - started };
}

beforeAll(async () => {
  fake = await new FakeCalcom(CAL_KEY).start();
  fake.addEventType({ id: EVENT_TYPE, title: 'Zahnreinigung', lengthInMinutes: 30 });
  t = await startTestApp({
    env: { CALCOM_API_URL: fake.url, OUTBOUND_ALLOW_PRIVATE: 'true', RETELL_API_KEY: RETELL_KEY },
  });
  world = await seedTwoTenants(t);
  const su = apiAs(t, world.su);
  await su
    .patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, {
      retellAgentId: 'agent_voice',
      calcomEventTypeId: EVENT_TYPE,
      timezone: TZ,
      businessHours: { mon: [['08:00', '18:00']], tue: [['08:00', '18:00']] },
    })
    .expect(200);
  await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
  await su.put(`/api/companies/${world.a.id}/integrations/calcom`, { apiKey: CAL_KEY }).expect(200);
  await su
    .post(`/api/companies/${world.a.id}/services`, {
      name: 'Zahnreinigung',
      durationMinutes: 30,
      calcomEventTypeId: EVENT_TYPE,
      keywords: ['Prophylaxe', 'PZR'],
    })
    .expect(201);
});

afterAll(async () => {
  await t?.close();
  await fake?.stop();
});

// Each test starts with a healthy Cal.com: no faults, and a closed breaker (a failure test opens it).
beforeEach(async () => {
  fake.clearFaults();
  await t.app.get(CircuitBreakerService).reset('calcom', world.a.id);
});

describe('a scripted call', () => {
  it('hears the wish is taken with three alternatives, books one, and links it to the call', async () => {
    const day = tomorrow();
    fake.setSlots(
      EVENT_TYPE,
      day,
      ['09:00', '10:30', '15:00', '16:00'].map((time) => at(day, time)),
    );
    const theCall = call();
    const inbound = await postSignedToRetellEndpoint(
      t.url,
      '/api/mcp/retell/inbound',
      { event: 'call_inbound', call_inbound: { from_number: CALLER, to_number: NUMBER_A } },
      RETELL_KEY,
    );
    expect(inbound.status).toBe(200);

    const check = await fn('check_availability', { date: 'morgen', time: '14 Uhr', service: 'PZR' }, theCall);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ ok: true, available: false });
    expect(check.body.alternatives.map((a: { start: string }) => Date.parse(a.start))).toEqual(
      ['10:30', '15:00', '16:00'].map((time) => Date.parse(at(day, time))),
    );
    expect(check.body.alternatives[1].start).toMatch(/T15:00:00\+0[12]:00$/);
    expect(check.body.message).toContain('Morgen um 14 Uhr ist leider schon vergeben');
    expect(check.body.message).toContain('morgen um 15 Uhr');

    const book = await fn('book_appointment', { date: 'morgen', time: '15 Uhr', name: 'Anna Schmidt' }, theCall);
    expect(book.body).toMatchObject({ ok: true, booked: true });
    expect(book.body.message).toContain('morgen um 15 Uhr');
    const bookings = fake.bookings().filter((b) => b.status === 'accepted' && b.start === at(day, '15:00'));
    expect(bookings).toHaveLength(1);
    expect(bookings[0].attendees[0]).toMatchObject({ name: 'Anna Schmidt', timeZone: TZ });

    const ended = await postSignedToRetellEndpoint(
      t.url,
      '/api/mcp/retell/webhook',
      retellWebhook('call_ended', { ...theCall, call_status: 'ended', duration_ms: 60_000 }),
      RETELL_KEY,
    );
    expect(ended.status).toBe(204);
    let row: Answer | undefined;
    await eventually(async () => {
      [row] = await t.dataSource.query(`SELECT * FROM calls WHERE retell_call_id = $1`, [theCall.call_id]);
      return row?.status === 'ended';
    }, 'call ended');
    const [appointment] = await t.dataSource.query('SELECT * FROM appointments WHERE id = $1', [
      book.body.appointmentId,
    ]);
    expect(appointment).toMatchObject({ call_id: row!.id, customer_id: row!.customer_id, branch_id: world.branchA });
    expect(row!.customer_id).not.toBeNull();
  });

  it('books the right UTC instant on both sides of a DST change', async () => {
    for (const [date, utc] of [
      ['27.03.2027', '2027-03-27T13:00:00.000Z'],
      ['29.03.2027', '2027-03-29T12:00:00.000Z'],
    ]) {
      const iso = `${date.slice(6)}-${date.slice(3, 5)}-${date.slice(0, 2)}`;
      fake.setSlots(EVENT_TYPE, iso, [utc]);
      const res = await fn('book_appointment', { date, time: '14:00 Uhr', name: 'DST Test' });
      expect(res.body).toMatchObject({ ok: true, booked: true });
      expect(Date.parse(res.body.start)).toBe(Date.parse(utc));
      expect(fake.bookings().filter((b) => b.start === utc && b.status === 'accepted')).toHaveLength(1);
    }
  });
});

describe('exactly one booking', () => {
  it('books once when Retell retries, and the loser of a race hears alternatives', async () => {
    const day = addDays(tomorrow(), 1);
    fake.setSlots(
      EVENT_TYPE,
      day,
      ['09:00', '11:00', '12:00'].map((time) => at(day, time)),
    );
    const theCall = call();
    const args = { date: day, time: '09:00', name: 'Retry Test' };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await fn('book_appointment', args, theCall));
    expect(new Set(answers.map((a) => a.body.appointmentId)).size).toBe(1);
    expect(answers.every((a) => a.body.booked === true)).toBe(true);
    expect(fake.bookings().filter((b) => b.start === at(day, '09:00') && b.status === 'accepted')).toHaveLength(1);

    const race = await Promise.all([
      fn('book_appointment', { date: day, time: '11:00', name: 'Erster' }),
      fn('book_appointment', { date: day, time: '11:00', name: 'Zweiter' }),
    ]);
    expect(fake.bookings().filter((b) => b.start === at(day, '11:00') && b.status === 'accepted')).toHaveLength(1);
    const loser = race.find((r) => r.body.booked !== true)!;
    expect(loser.body).toMatchObject({ ok: false, booked: false });
    expect(loser.body.alternatives.map((a: { start: string }) => Date.parse(a.start))).toContain(
      Date.parse(at(day, '12:00')),
    );
  });

  it('finds a booking whose answer was lost instead of booking twice', async () => {
    const day = addDays(tomorrow(), 2);
    fake.setSlots(EVENT_TYPE, day, [at(day, '10:00'), at(day, '11:00')]);
    fake.inject({ method: 'POST', path: '/v2/bookings', after: 'hang', times: 1 });
    const theCall = call();
    const first = await fn('book_appointment', { date: day, time: '10:00', name: 'Lost Answer' }, theCall);
    const retry = await fn('book_appointment', { date: day, time: '10:00', name: 'Lost Answer' }, theCall);
    expect(first.ms).toBeLessThan(2500 + 250);
    expect(retry.body).toMatchObject({ ok: true, booked: true });
    expect(fake.bookings().filter((b) => b.start === at(day, '10:00') && b.status === 'accepted')).toHaveLength(1);
  });

  it('asks Cal.com again within the budget when it refused the booking (503, then 429 with Retry-After)', async () => {
    const day = addDays(tomorrow(), 4);
    fake.setSlots(EVENT_TYPE, day, [at(day, '09:00'), at(day, '10:00')]);
    const refusals = [
      { status: 503, body: { status: 'error', error: { code: 'ServiceUnavailableException', message: 'down' } } },
      {
        status: 429,
        headers: { 'Retry-After': '1' },
        body: { status: 'error', error: { code: 'ThrottlerException', message: 'Too many requests.' } },
      },
    ];
    for (const [i, respond] of refusals.entries()) {
      const time = ['09:00', '10:00'][i];
      fake.inject({ method: 'POST', path: '/v2/bookings', respond, times: 1 });
      const res = await fn('book_appointment', { date: day, time, name: `Refused ${respond.status}` });
      expect(res.body).toMatchObject({ ok: true, booked: true });
      expect(res.ms).toBeLessThan(2500);
      expect(fake.bookings().filter((b) => b.start === at(day, time) && b.status === 'accepted')).toHaveLength(1);
    }
    // A lookup proved the 503'd attempt absent before the second one was sent; the 429 needed none.
    expect(fake.requestsTo('GET', '/v2/bookings').length).toBeGreaterThanOrEqual(1);
  });
});

describe("the caller's appointments", () => {
  it('finds, moves and cancels the caller’s appointment by phone, asking which one when there are several', async () => {
    const day = addDays(tomorrow(), 3);
    const next = addDays(day, 1);
    fake.setSlots(EVENT_TYPE, day, [at(day, '09:00'), at(day, '10:00')]);
    fake.setSlots(EVENT_TYPE, next, [at(next, '09:00'), at(next, '15:00')]);
    const caller = '+4917612345678';
    const asCaller = () => call({ from_number: caller });
    expect((await fn('query_appointment', {}, asCaller())).body).toMatchObject({ ok: true, appointments: [] });
    await fn('book_appointment', { date: day, time: '09:00', name: 'Paula Meier' }, asCaller());
    await fn('book_appointment', { date: next, time: '09:00', name: 'Paula Meier' }, asCaller());

    const listed = await fn('query_appointment', {}, asCaller());
    expect(listed.body.appointments).toHaveLength(2);
    const ambiguous = await fn('cancel_appointment', {}, asCaller());
    expect(ambiguous.body).toMatchObject({ ok: false, missing: 'date' });

    const moved = await fn('reschedule_appointment', { date: next, newDate: next, newTime: '15 Uhr' }, asCaller());
    expect(moved.body).toMatchObject({ ok: true, rescheduled: true });
    expect(Date.parse(moved.body.start)).toBe(Date.parse(at(next, '15:00')));
    const cancelled = await fn('cancel_appointment', { date: day, reason: 'krank' }, asCaller());
    expect(cancelled.body).toMatchObject({ ok: true, cancelled: true });
    const active = fake.bookings().filter((b) => b.status === 'accepted' && b.attendees[0]?.name === 'Paula Meier');
    expect(active.map((b) => b.start)).toEqual([at(next, '15:00')]);
    const after = await fn('query_appointment', {}, asCaller());
    expect(after.body.appointments.map((a: { start: string }) => Date.parse(a.start))).toEqual([
      Date.parse(at(next, '15:00')),
    ]);
    // Another caller sees none of it.
    expect((await fn('query_appointment', {}, call({ from_number: '+4917699999999' }))).body.appointments).toEqual([]);
  });

  it('records a callback the caller asks for, and answers from the knowledge base', async () => {
    const theCall = call();
    const res = await fn('request_callback', { reason: 'Frage zur Rechnung', preferredTime: 'nachmittags' }, theCall);
    expect(res.body).toMatchObject({ ok: true });
    const [callback] = await t.dataSource.query('SELECT * FROM callback_requests WHERE id = $1', [res.body.callbackId]);
    expect(callback).toMatchObject({
      company_id: world.a.id,
      phone: CALLER,
      reason: 'Frage zur Rechnung',
      preferred_time: 'nachmittags',
      source: 'requested',
      retell_call_id: theCall.call_id,
    });
    await apiAs(t, world.su)
      .post(`/api/companies/${world.a.id}/knowledge`, {
        title: 'Parken',
        content: 'Parkplätze finden Sie direkt hinter dem Haus, kostenlos für Patienten.',
        status: 'published',
      })
      .expect(201);
    const answer = await fn('answer_question', { question: 'Wo kann ich parken?' });
    expect(answer.body.ok).toBe(true);
    expect(answer.body.message).toContain('hinter dem Haus');
    expect((await fn('answer_question', { question: 'Xylophonunterricht' })).body.ok).toBe(false);
  });
});

describe('when Cal.com fails', () => {
  const tools: [string, Record<string, unknown>, number][] = [
    ['check_availability', { date: 'morgen', time: '10 Uhr' }, 2500],
    ['find_next_available', {}, 2500],
    ['book_appointment', { date: 'morgen', time: '10 Uhr', name: 'Ausfall' }, 2500],
    // These two need Cal.com only once the caller's appointment is found (locally): one is booked first.
    ['reschedule_appointment', { newDate: 'übermorgen', newTime: '11 Uhr' }, 2500],
    ['cancel_appointment', { reason: 'krank' }, 2000],
  ];

  for (const mode of ['503', 'hang'] as const) {
    it(`answers every tool by its budget with a fallback and records a callback (${mode})`, async () => {
      const caller = mode === '503' ? '+4917622220001' : '+4917622220002';
      const day = addDays(tomorrow(), mode === '503' ? 5 : 6);
      fake.setSlots(EVENT_TYPE, day, [at(day, '09:00')]);
      const booked = await fn(
        'book_appointment',
        { date: day, time: '09:00', name: 'Ausfall' },
        call({ from_number: caller }),
      );
      expect(booked.body).toMatchObject({ ok: true, booked: true });
      fake.inject(
        mode === 'hang'
          ? { path: '/v2/', hang: true }
          : { path: '/v2/', respond: { status: 503, body: { status: 'error' } } },
      );
      try {
        for (const [tool, args, budget] of tools) {
          const theCall = call({ from_number: caller });
          const res = await fn(tool, args, theCall);
          expect({ tool, status: res.status }).toEqual({ tool, status: 200 });
          expect(res.ms).toBeLessThan(budget + 250);
          // A hanging Cal.com is waited for until the budget runs out, not refused early by an open breaker.
          if (mode === 'hang' && tool === 'check_availability') expect(res.ms).toBeGreaterThan(budget - 500);
          expect({ tool, ok: res.body.ok }).toEqual({ tool, ok: false });
          expect(typeof res.body.message).toBe('string');
          expect(res.body.message.length).toBeGreaterThan(10);
          const callbacks = await t.dataSource.query('SELECT * FROM callback_requests WHERE retell_call_id = $1', [
            theCall.call_id,
          ]);
          expect({ tool, callbacks: callbacks.length }).toEqual({ tool, callbacks: 1 });
          expect(callbacks[0]).toMatchObject({ company_id: world.a.id, phone: caller, done: false });
        }
      } finally {
        fake.clearFaults();
      }
      // The fallbacks count as failures in the metrics the SLO is computed from, not as `ok`.
      const metrics = (await request(t.url).get('/metrics')).text;
      const outcome = mode === 'hang' ? 'timeout' : 'error';
      expect(metrics).toMatch(
        new RegExp(
          `switchboard_tool_calls_total\\{server="voice",tool="book_appointment",outcome="${outcome}"\\} [1-9]`,
        ),
      );
    });
  }
});

describe('the endpoint', () => {
  it('refuses a bad signature with 401, an unknown tool with 404, and answers invalid input with a question', async () => {
    const body = retellFunctionCall('check_availability', call(), { date: 'morgen' });
    const forged = await postSignedToRetellEndpoint(
      t.url,
      '/api/mcp/retell/functions/check_availability',
      body,
      'key_x',
    );
    expect(forged.status).toBe(401);
    expect((await fn('teleport', {})).status).toBe(404);
    const vague = await fn('check_availability', { date: 'irgendwann' });
    expect(vague.body).toMatchObject({ ok: false, missing: 'date' });
    const wrongType = await fn('check_availability', { date: 42 });
    expect(wrongType.status).toBe(200);
    expect(wrongType.body.ok).toBe(false);
  });

  it('dispatches the predecessor’s paths by name and answers list_services and opening hours', async () => {
    const res = await postSignedToRetellEndpoint(
      t.url,
      '/api/retell/function-call',
      retellFunctionCall('list_services', call(), {}),
      RETELL_KEY,
    );
    expect(res.body).toMatchObject({ ok: true, services: [{ name: 'Zahnreinigung', durationMinutes: 30 }] });
    const hours = await fn('get_opening_hours', {});
    expect(hours.body.message).toContain('Montag und Dienstag 8:00 bis 18:00 Uhr');
  });

  it('serves the Retell tool definitions from the registry', async () => {
    const res = await apiAs(t, world.adminA).get(`/api/companies/${world.a.id}/retell/tools`).expect(200);
    const names = res.body.map((d: { name: string }) => d.name).sort();
    expect(names).toEqual(VOICE_TOOLS);
    const book = res.body.find((d: { name: string }) => d.name === 'book_appointment');
    expect(book).toMatchObject({ type: 'custom', args_at_root: false, timeout_ms: 2500 });
    expect(book.url).toMatch(/\/api\/mcp\/retell\/functions\/book_appointment$/);
    expect(Object.keys(book.parameters.properties)).toEqual(
      expect.arrayContaining(['date', 'time', 'name', 'service', 'email', 'notes', 'staff']),
    );
    expect(book.parameters.properties.phone).toBeUndefined();
    expect(book.parameters.properties.callId).toBeUndefined();
    expect(book.parameters.required).toEqual(expect.arrayContaining(['date', 'time', 'name']));
  });
});
