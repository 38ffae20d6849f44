import { randomBytes } from 'node:crypto';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { CALCOM_VERSIONS, FakeCalcom } from 'test/fakes/fake-calcom';
import { seedCompany } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

const KEY = `cal_test_${randomBytes(12).toString('hex')}`;
const OTHER_KEY = `cal_test_${randomBytes(12).toString('hex')}`;
const DAY = '2050-09-05';
const NEXT_DAY = '2050-09-06';
const BERLIN = 'Europe/Berlin';

const admin = (companyId: string): ToolPrincipal => ({ kind: 'user', id: 'u1', role: 'company_admin', companyId });

describe('calcom server against FakeCalcom (through the orchestrator)', () => {
  let fake: FakeCalcom;
  let t: TestApp;
  let orchestrator: McpOrchestrator;
  let companyId: string;
  /** Every answer and error message the tools gave: none may carry an API key. */
  const seen: string[] = [];

  async function newCompany(apiKey = KEY, settings: Record<string, unknown> = {}, app = t): Promise<string> {
    const company = await seedCompany(app.dataSource, `Praxis ${randomBytes(3).toString('hex')}`);
    await app.app.get(CredentialsService).put(company.id, 'calcom', { apiKey }, settings);
    return company.id;
  }

  async function run<T = Record<string, unknown>>(tool: string, params: object, company = companyId, app = t) {
    try {
      const result = await app.app
        .get(McpOrchestrator)
        .execute<T>('calcom', tool, params, { principal: admin(company), companyId: company });
      seen.push(JSON.stringify(result));
      return result;
    } catch (err) {
      seen.push(JSON.stringify({ message: (err as Error).message, details: (err as AppError).details }));
      throw err;
    }
  }

  async function fail(tool: string, params: object, company = companyId, app = t): Promise<AppError> {
    const err = await run(tool, params, company, app).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }

  const bookingParams = (start: string, extra: object = {}) => ({
    eventTypeId: 101,
    start,
    name: 'Ana Silva',
    phone: '+4930123456',
    timeZone: BERLIN,
    ...extra,
  });

  beforeAll(async () => {
    fake = await new FakeCalcom(KEY).start();
    fake.apiKeys.add(OTHER_KEY);
    fake.addEventType({ id: 101, slug: 'beratung', title: 'Beratung', lengthInMinutes: 30 });
    fake.addEventType({ id: 102, slug: 'kontrolle', title: 'Kontrolle', lengthInMinutes: 15 });
    t = await startTestApp({ env: { CALCOM_API_URL: fake.url, OUTBOUND_ALLOW_PRIVATE: 'true' } });
    orchestrator = t.app.get(McpOrchestrator);
    companyId = await newCompany();
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.resetRateLimit();
    fake.rateLimitPerMinute = 120;
  });

  it('registers the calcom server with its tools and the Cal.com rate limit', () => {
    const server = t.app.get(ToolRegistry).server('calcom');
    expect(server.options.rateLimit).toEqual({ perMinute: 120 });
    expect(server.tools.map((tool) => `${tool.name}:${tool.access}:${tool.idempotent}`).sort()).toEqual([
      'cancel_booking:tenant-write:false',
      'check_availability:tenant-read:true',
      'create_booking:tenant-write:false',
      'find_bookings:tenant-read:true',
      'get_booking:tenant-read:true',
      'list_event_types:tenant-read:true',
      'release_reservation:tenant-write:true',
      'reschedule_booking:tenant-write:false',
      'reserve_slot:tenant-write:false',
      'sync_event_types:tenant-write:true',
      'test_connection:tenant-read:true',
    ]);
    expect(orchestrator).toBeInstanceOf(McpOrchestrator);
  });

  describe('event types', () => {
    it('lists event types with the Bearer key and cal-api-version 2024-06-14', async () => {
      const before = fake.requests.length;
      const result = await run<{ items: { id: number; title: string; lengthInMinutes: number }[] }>(
        'list_event_types',
        {},
      );
      expect(result.items).toEqual([
        { id: 101, slug: 'beratung', title: 'Beratung', lengthInMinutes: 30 },
        { id: 102, slug: 'kontrolle', title: 'Kontrolle', lengthInMinutes: 15 },
      ]);
      const [req] = fake.requests.slice(before);
      expect(req.method).toBe('GET');
      expect(req.path).toBe('/v2/event-types');
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(req.headers['cal-api-version']).toBe('2024-06-14');
    });

    it('syncs event types into services: created, then updated and skipped', async () => {
      const company = await newCompany();
      expect(await run('sync_event_types', {}, company)).toEqual({ created: 2, updated: 0, skipped: 0, failed: 0 });
      expect(await run('sync_event_types', {}, company)).toEqual({ created: 0, updated: 0, skipped: 2, failed: 0 });

      fake.addEventType({ id: 102, slug: 'kontrolle', title: 'Kontrolle lang', lengthInMinutes: 45 });
      fake.addEventType({ id: 103, slug: 'notfall', title: 'Notfall', lengthInMinutes: 20 });
      try {
        expect(await run('sync_event_types', {}, company)).toEqual({ created: 1, updated: 1, skipped: 1, failed: 0 });
      } finally {
        fake.addEventType({ id: 102, slug: 'kontrolle', title: 'Kontrolle', lengthInMinutes: 15 });
        fake.removeEventType(103);
      }
      const services = await t.dataSource
        .getRepository(Service)
        .find({ where: { companyId: company }, order: { calcomEventTypeId: 'ASC' } });
      expect(services.map((s) => [s.calcomEventTypeId, s.name, s.durationMinutes])).toEqual([
        [101, 'Beratung', 30],
        [102, 'Kontrolle lang', 45],
        [103, 'Notfall', 20],
      ]);
      // Another company's services are untouched.
      expect(await t.dataSource.getRepository(Service).count({ where: { companyId } })).toBe(0);
    });
  });

  describe('availability and bookings', () => {
    it('answers free slots by date in the time zone, sending the slots version and query', async () => {
      fake.setSlots(101, DAY, ['07:00', '08:00']);
      fake.setSlots(101, NEXT_DAY, ['07:00']);
      const before = fake.requests.length;
      const result = await run('check_availability', { eventTypeId: 101, start: DAY, end: NEXT_DAY, timeZone: BERLIN });
      expect(result).toEqual({
        eventTypeId: 101,
        timeZone: BERLIN,
        total: 3,
        days: [
          { date: DAY, starts: [`${DAY}T09:00:00.000+02:00`, `${DAY}T10:00:00.000+02:00`] },
          { date: NEXT_DAY, starts: [`${NEXT_DAY}T09:00:00.000+02:00`] },
        ],
      });
      const [req] = fake.requests.slice(before);
      expect(req.path).toBe('/v2/slots');
      expect(req.headers['cal-api-version']).toBe('2024-09-04');
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(Object.fromEntries(req.query)).toEqual({
        eventTypeId: '101',
        start: DAY,
        end: NEXT_DAY,
        timeZone: BERLIN,
      });
    });

    it('caches availability, and a booking invalidates it', async () => {
      const company = await newCompany();
      fake.setSlots(101, '2050-10-01', ['07:00', '08:00']);
      const query = { eventTypeId: 101, start: '2050-10-01', end: '2050-10-01', timeZone: BERLIN };
      const slotsCalls = () => fake.requestsTo('GET', '/v2/slots').length;

      const first = await run<{ total: number }>('check_availability', query, company);
      const calls = slotsCalls();
      const second = await run<{ total: number }>('check_availability', query, company);
      expect(second).toEqual(first);
      expect(slotsCalls()).toBe(calls); // served from the cache

      await run('create_booking', bookingParams('2050-10-01T07:00:00Z'), company);
      const third = await run<{ total: number; days: { starts: string[] }[] }>('check_availability', query, company);
      expect(slotsCalls()).toBe(calls + 1);
      expect(third.total).toBe(1);
      expect(third.days[0].starts).toEqual(['2050-10-01T10:00:00.000+02:00']);
    });

    it('creates exactly one booking; the same slot again is CONFLICT', async () => {
      fake.setSlots(101, '2050-11-02', ['09:00']);
      const before = fake.requests.length;
      const booking = await run<{ uid: string; status: string; start: string; metadata: Record<string, string> }>(
        'create_booking',
        bookingParams('2050-11-02T10:00:00+01:00', {
          metadata: { retell_call_id: 'call_123', attempt: 2 },
          notes: 'Erstbesuch',
        }),
      );
      expect(booking.status).toBe('accepted');
      expect(booking.start).toBe('2050-11-02T09:00:00.000Z');
      expect(booking.metadata).toEqual({ retell_call_id: 'call_123', attempt: '2' });

      const [req] = fake.requests.slice(before);
      expect(req.method).toBe('POST');
      expect(req.path).toBe('/v2/bookings');
      expect(req.headers['cal-api-version']).toBe('2024-08-13');
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(req.body).toEqual({
        start: '2050-11-02T09:00:00.000Z',
        eventTypeId: 101,
        attendee: { name: 'Ana Silva', timeZone: BERLIN, phoneNumber: '+4930123456' },
        bookingFieldsResponses: { notes: 'Erstbesuch' },
        metadata: { retell_call_id: 'call_123', attempt: '2' },
      });

      const conflict = await fail('create_booking', bookingParams('2050-11-02T09:00:00Z', { email: 'b@example.com' }));
      expect(conflict.code).toBe('CONFLICT');
      const atSlot = fake.bookings().filter((b) => b.start === '2050-11-02T09:00:00.000Z');
      expect(atSlot).toHaveLength(1);
      expect(atSlot[0].uid).toBe(booking.uid);
    });

    it('never retries a booking: one 503 is one request and UPSTREAM_UNAVAILABLE', async () => {
      const company = await newCompany();
      fake.setSlots(101, '2050-11-03', ['09:00']);
      fake.inject({ method: 'POST', path: '/v2/bookings', respond: { status: 503, body: { message: 'down' } } });
      const before = fake.requestsTo('POST', '/v2/bookings').length;
      expect((await fail('create_booking', bookingParams('2050-11-03T09:00:00Z'), company)).code).toBe(
        'UPSTREAM_UNAVAILABLE',
      );
      expect(fake.requestsTo('POST', '/v2/bookings').length).toBe(before + 1);
    });

    it('gets a booking by uid, and an unknown uid is NOT_FOUND', async () => {
      fake.setSlots(101, '2050-11-04', ['09:00']);
      const booking = await run<{ uid: string }>('create_booking', bookingParams('2050-11-04T09:00:00Z'));
      const got = await run<{ uid: string; attendees: { phoneNumber: string | null }[] }>('get_booking', {
        uid: booking.uid,
      });
      expect(got.uid).toBe(booking.uid);
      expect(got.attendees[0].phoneNumber).toBe('+4930123456');
      const req = fake.requestsTo('GET', `/v2/bookings/${booking.uid}`).at(-1)!;
      expect(req.headers['cal-api-version']).toBe('2024-08-13');
      expect((await fail('get_booking', { uid: 'doesNotExist123' })).code).toBe('NOT_FOUND');
    });

    it('reschedules to a new uid (old one cancelled) and invalidates availability', async () => {
      fake.setSlots(101, '2050-11-05', ['09:00', '10:00']);
      const booking = await run<{ uid: string }>('create_booking', bookingParams('2050-11-05T09:00:00Z'));
      const query = { eventTypeId: 101, start: '2050-11-05', end: '2050-11-05' };
      expect((await run<{ total: number }>('check_availability', query)).total).toBe(1);

      const moved = await run<{ uid: string; start: string; rescheduledFromUid: string }>('reschedule_booking', {
        uid: booking.uid,
        start: '2050-11-05T10:00:00Z',
        reason: 'Patient verhindert',
      });
      expect(moved.uid).not.toBe(booking.uid);
      expect(moved.rescheduledFromUid).toBe(booking.uid);
      expect(moved.start).toBe('2050-11-05T10:00:00.000Z');
      const old = fake.bookings().find((b) => b.uid === booking.uid)!;
      expect(old.status).toBe('cancelled');
      expect(old.rescheduledToUid).toBe(moved.uid);
      const req = fake.requestsTo('POST', `/v2/bookings/${booking.uid}/reschedule`)[0];
      expect(req.headers['cal-api-version']).toBe('2024-08-13');
      expect(req.body).toEqual({ start: '2050-11-05T10:00:00.000Z', reschedulingReason: 'Patient verhindert' });

      const after = await run<{ days: { starts: string[] }[] }>('check_availability', query);
      expect(after.days[0].starts).toEqual(['2050-11-05T09:00:00.000Z']);

      // Onto a taken slot: CONFLICT.
      fake.setSlots(101, '2050-11-06', []);
      expect((await fail('reschedule_booking', { uid: moved.uid, start: '2050-11-06T09:00:00Z' })).code).toBe(
        'CONFLICT',
      );
      expect((await fail('reschedule_booking', { uid: 'nope_123', start: '2050-11-06T09:00:00Z' })).code).toBe(
        'NOT_FOUND',
      );
    });

    it('cancels a booking (slot free again); cancelling twice is UPSTREAM_REJECTED', async () => {
      fake.setSlots(101, '2050-11-07', ['09:00']);
      const booking = await run<{ uid: string }>('create_booking', bookingParams('2050-11-07T09:00:00Z'));
      const query = { eventTypeId: 101, start: '2050-11-07', end: '2050-11-07' };
      expect((await run<{ total: number }>('check_availability', query)).total).toBe(0);

      const cancelled = await run<{ status: string; cancellationReason: string }>('cancel_booking', {
        uid: booking.uid,
        reason: 'krank',
      });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'krank' });
      const req = fake.requestsTo('POST', `/v2/bookings/${booking.uid}/cancel`)[0];
      expect(req.headers['cal-api-version']).toBe('2024-08-13');
      expect(req.body).toEqual({ cancellationReason: 'krank' });
      expect((await run<{ total: number }>('check_availability', query)).total).toBe(1);

      expect((await fail('cancel_booking', { uid: booking.uid })).code).toBe('UPSTREAM_REJECTED');
      expect((await fail('cancel_booking', { uid: 'unknown_uid' })).code).toBe('NOT_FOUND');
    });

    it('finds bookings by event type, time range, attendee and metadata', async () => {
      const company = await newCompany(OTHER_KEY);
      fake.setSlots(102, '2050-12-01', ['09:00', '10:00', '11:00']);
      await run('create_booking', { ...bookingParams('2050-12-01T09:00:00Z'), eventTypeId: 102 }, company);
      await run(
        'create_booking',
        {
          ...bookingParams('2050-12-01T10:00:00Z'),
          eventTypeId: 102,
          name: 'Ben Meier',
          email: 'ben@example.com',
          phone: '+4940111222',
          metadata: { retell_call_id: 'call_ben' },
        },
        company,
      );

      const before = fake.requests.length;
      const all = await run<{ items: { attendees: { name: string }[] }[]; total: number; page: number }>(
        'find_bookings',
        { eventTypeId: 102, afterStart: '2050-12-01T00:00:00Z', beforeEnd: '2050-12-02T00:00:00Z' },
        company,
      );
      expect(all.total).toBe(2);
      expect(all.page).toBe(1);
      expect(all.items.map((b) => b.attendees[0].name)).toEqual(['Ana Silva', 'Ben Meier']);
      const [req] = fake.requests.slice(before);
      expect(req.path).toBe('/v2/bookings');
      expect(req.headers['cal-api-version']).toBe('2024-08-13');
      expect(req.query.get('eventTypeId')).toBe('102');
      expect(req.query.get('afterStart')).toBe('2050-12-01T00:00:00.000Z');
      expect(req.query.get('beforeEnd')).toBe('2050-12-02T00:00:00.000Z');

      const byEmail = await run<{ total: number }>(
        'find_bookings',
        { eventTypeId: 102, attendeeEmail: 'ben@example.com' },
        company,
      );
      expect(byEmail.total).toBe(1);
      const byPhone = await run<{ items: { attendees: { name: string }[] }[] }>(
        'find_bookings',
        { eventTypeId: 102, attendeePhone: '+4940111222' },
        company,
      );
      expect(byPhone.items.map((b) => b.attendees[0].name)).toEqual(['Ben Meier']);
      const byMeta = await run<{ total: number; items: { metadata: Record<string, string> }[] }>(
        'find_bookings',
        { metadata: { retell_call_id: 'call_ben' } },
        company,
      );
      expect(byMeta.total).toBe(1);
      expect(byMeta.items[0].metadata).toEqual({ retell_call_id: 'call_ben' });
      const none = await run<{ total: number }>(
        'find_bookings',
        { eventTypeId: 102, afterStart: '2051-01-01T00:00:00Z' },
        company,
      );
      expect(none.total).toBe(0);
    });

    it('reserves a slot (hidden from availability) and releases it', async () => {
      fake.setSlots(101, '2050-12-10', ['09:00', '10:00']);
      const query = { eventTypeId: 101, start: '2050-12-10', end: '2050-12-10' };
      expect((await run<{ total: number }>('check_availability', query)).total).toBe(2);

      const reservation = await run<{ reservationUid: string; reservationUntil: string }>('reserve_slot', {
        eventTypeId: 101,
        slotStart: '2050-12-10T10:00:00+01:00',
        reservationDuration: 5,
      });
      expect(reservation.reservationUid).toMatch(/^[\w-]+$/);
      expect(Date.parse(reservation.reservationUntil)).toBeGreaterThan(Date.now());
      const req = fake.requestsTo('POST', '/v2/slots/reservations').at(-1)!;
      expect(req.headers['cal-api-version']).toBe('2024-09-04');
      expect(req.body).toEqual({ eventTypeId: 101, slotStart: '2050-12-10T09:00:00.000Z', reservationDuration: 5 });
      expect((await run<{ total: number }>('check_availability', query)).total).toBe(1);

      expect(await run('release_reservation', { reservationUid: reservation.reservationUid })).toEqual({
        released: true,
      });
      const del = fake.requestsTo('DELETE', `/v2/slots/reservations/${reservation.reservationUid}`)[0];
      expect(del.headers['cal-api-version']).toBe('2024-09-04');
      expect(fake.activeReservations()).toHaveLength(0);
      expect((await fail('release_reservation', { reservationUid: reservation.reservationUid })).code).toBe(
        'NOT_FOUND',
      );
      // A slot that is not free cannot be held.
      expect((await fail('reserve_slot', { eventTypeId: 101, slotStart: '2050-12-10T13:00:00Z' })).code).toBe(
        'UPSTREAM_REJECTED',
      );
    });

    it('tests the connection with a light authenticated call', async () => {
      const ok = await run<{ ok: boolean; latencyMs: number; detail: string }>('test_connection', {});
      expect(ok.ok).toBe(true);
      expect(ok.latencyMs).toBeGreaterThanOrEqual(0);
      expect(ok.detail).toContain('drfake');
      expect(fake.requestsTo('GET', '/v2/me').at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);

      const bad = await newCompany('cal_test_refused_key_0001');
      const refused = await run<{ ok: boolean; detail: string }>('test_connection', {}, bad);
      expect(refused.ok).toBe(false);
      expect(refused.detail).toContain('UPSTREAM_UNAUTHORIZED');
      expect(refused.detail).not.toContain('cal_test_refused_key_0001');
    });
  });

  describe('vendor errors', () => {
    it('a refused key is UPSTREAM_UNAUTHORIZED, not retried, and never echoed', async () => {
      const company = await newCompany('cal_test_wrong_key_123456');
      const before = fake.requests.length;
      const err = await fail('list_event_types', {}, company);
      expect(err.code).toBe('UPSTREAM_UNAUTHORIZED');
      expect(err.message).not.toContain('cal_test_wrong_key_123456');
      expect(fake.requests.length).toBe(before + 1);
      expect(fake.requests.at(-1)!.headers.authorization).toBe('Bearer cal_test_wrong_key_123456');
    });

    it('a company without a Cal.com key is UPSTREAM_UNAUTHORIZED without any request', async () => {
      const company = (await seedCompany(t.dataSource, 'Ohne Cal')).id;
      const before = fake.requests.length;
      expect((await fail('list_event_types', {}, company)).code).toBe('UPSTREAM_UNAUTHORIZED');
      expect(fake.requests.length).toBe(before);
    });

    it('429 from Cal.com is retried, then RATE_LIMITED', async () => {
      const company = await newCompany();
      fake.inject({
        path: '/v2/event-types',
        times: 3,
        respond: {
          status: 429,
          headers: { 'Retry-After': '0', 'X-RateLimit-Remaining-Default': '0' },
          body: {
            status: 'error',
            timestamp: new Date().toISOString(),
            path: '/v2/event-types',
            error: { code: 'ThrottlerException', message: 'Too many requests. Please try again later.' },
          },
        },
      });
      const before = fake.requestsTo('GET', '/v2/event-types').length;
      expect((await fail('list_event_types', {}, company)).code).toBe('RATE_LIMITED');
      expect(fake.requestsTo('GET', '/v2/event-types').length).toBe(before + 3);
    });

    it("the fake's throttler answers 429 with X-RateLimit headers; its reset time is honoured", async () => {
      const key = `cal_test_${randomBytes(8).toString('hex')}`;
      fake.apiKeys.add(key);
      const company = await newCompany(key);
      fake.rateLimitPerMinute = 1;
      await run('list_event_types', {}, company);
      const err = await fail('list_event_types', {}, company);
      expect(err.code).toBe('RATE_LIMITED');
      // Reset is ~60 s away: more than the deadline, so no retry is attempted.
      expect(err.retryAfterSeconds).toBeGreaterThan(1);
      const res = await fetch(`${fake.url}/v2/event-types`, {
        headers: { authorization: `Bearer ${key}`, 'cal-api-version': CALCOM_VERSIONS.eventTypes },
      });
      expect(res.status).toBe(429);
      expect(res.headers.get('x-ratelimit-limit-default')).toBe('1');
      expect(res.headers.get('x-ratelimit-remaining-default')).toBe('0');
      expect(Number(res.headers.get('x-ratelimit-reset-default'))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({
        status: 'error',
        error: { code: 'ThrottlerException', message: 'Too many requests. Please try again later.' },
      });
    });

    it('5xx is retried (idempotent reads), then UPSTREAM_UNAVAILABLE', async () => {
      const company = await newCompany();
      fake.inject({ path: '/v2/event-types', times: 3, respond: { status: 502, body: { message: 'bad gateway' } } });
      const before = fake.requestsTo('GET', '/v2/event-types').length;
      expect((await fail('list_event_types', {}, company)).code).toBe('UPSTREAM_UNAVAILABLE');
      expect(fake.requestsTo('GET', '/v2/event-types').length).toBe(before + 3);
    });

    it('a transient 5xx is absorbed by a retry', async () => {
      const company = await newCompany();
      fake.inject({ path: '/v2/event-types', times: 1, respond: { status: 503 } });
      const result = await run<{ items: unknown[] }>('list_event_types', {}, company);
      expect(result.items).toHaveLength(2);
    });

    it('a hanging Cal.com is TIMEOUT within the deadline', async () => {
      const company = await newCompany();
      fake.inject({ method: 'GET', path: '/v2/bookings/', hang: true });
      const started = Date.now();
      const err = await orchestrator
        .execute(
          'calcom',
          'get_booking',
          { uid: 'abc123' },
          {
            principal: admin(company),
            companyId: company,
            deadline: Date.now() + 1200,
          },
        )
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2500);
    });

    it('an answer of the wrong shape is UPSTREAM_REJECTED', async () => {
      const company = await newCompany();
      fake.inject({ path: '/v2/slots', times: 1, respond: { status: 200, body: { status: 'success', data: [1, 2] } } });
      expect((await fail('check_availability', { eventTypeId: 101, start: DAY, end: DAY }, company)).code).toBe(
        'UPSTREAM_REJECTED',
      );
    });

    it('an unknown event type is NOT_FOUND', async () => {
      expect((await fail('check_availability', { eventTypeId: 999, start: DAY, end: DAY })).code).toBe('NOT_FOUND');
    });

    it('the fake refuses a missing or wrong cal-api-version with the error envelope', async () => {
      for (const version of [undefined, '2024-04-15']) {
        const res = await fetch(`${fake.url}/v2/slots?eventTypeId=101&start=${DAY}&end=${DAY}`, {
          headers: { authorization: `Bearer ${KEY}`, ...(version ? { 'cal-api-version': version } : {}) },
        });
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({
          status: 'error',
          path: '/v2/slots',
          error: { code: 'BadRequestException' },
        });
      }
      const unauth = await fetch(`${fake.url}/v2/bookings`, { headers: { 'cal-api-version': '2024-08-13' } });
      expect(unauth.status).toBe(401);
      expect(await unauth.json()).toMatchObject({ status: 'error', error: { code: 'UnauthorizedException' } });
    });
  });

  describe('bad input', () => {
    it.each([
      ['check_availability', { eventTypeId: '101', start: DAY, end: DAY }],
      ['check_availability', { eventTypeId: 101, start: 'tomorrow', end: DAY }],
      ['check_availability', { eventTypeId: 101, start: NEXT_DAY, end: DAY }],
      ['check_availability', { eventTypeId: 101, start: DAY, end: '2050-12-31' }],
      ['check_availability', { eventTypeId: 101, start: '2050-02-30', end: '2050-03-01' }],
      ['check_availability', { eventTypeId: 101, start: '2050-09-05T09:00', end: DAY }],
      ['check_availability', { eventTypeId: 101, start: DAY, end: DAY, timeZone: 'Mars/Olympus' }],
      ['create_booking', { eventTypeId: 101, start: '2050-09-05T07:00:00Z', name: 'X', timeZone: BERLIN }],
      ['create_booking', bookingParams('5.9.2050 9 Uhr')],
      ['create_booking', bookingParams('2050-09-05T09:00:00')],
      ['create_booking', bookingParams('2050-02-30T09:00:00Z')],
      ['create_booking', bookingParams('2050-09-05T09:00:00Z', { email: 'not-an-email' })],
      ['create_booking', bookingParams('2050-09-05T07:00:00Z', { phone: '030 123' })],
      ['create_booking', bookingParams('2050-09-05T07:00:00Z', { metadata: { nested: { a: 1 } } })],
      ['create_booking', bookingParams('2050-09-05T07:00:00Z', { metadata: { ['k'.repeat(41)]: 'v' } })],
      ['get_booking', { uid: '../../v2/me' }],
      ['cancel_booking', {}],
      ['reschedule_booking', { uid: 'abc', start: 'soon' }],
      ['reserve_slot', { eventTypeId: 101 }],
      ['release_reservation', { reservationUid: 'a/b' }],
      ['find_bookings', { attendeePhone: 'abc' }],
      ['find_bookings', { pageSize: 500 }],
    ])('%s %j is INVALID_INPUT without a request', async (tool, params) => {
      const before = fake.requests.length;
      const err = await fail(tool, params);
      expect(err.code).toBe('INVALID_INPUT');
      expect(fake.requests.length).toBe(before);
    });
  });

  describe('company-supplied Cal.com URL', () => {
    let own: FakeCalcom;
    let strict: TestApp;

    beforeAll(async () => {
      own = await new FakeCalcom(KEY).start();
      own.addEventType({ id: 555, slug: 'own', title: 'Self-hosted', lengthInMinutes: 60 });
      strict = await startTestApp({ env: { CALCOM_API_URL: fake.url, OUTBOUND_ALLOW_PRIVATE: 'false' } });
    });
    afterAll(async () => {
      await strict?.close();
      await own?.stop();
    });

    it('is used instead of CALCOM_API_URL when set (private allowed here)', async () => {
      const company = await newCompany(KEY, { apiUrl: `${own.url}/` });
      const result = await run<{ items: { id: number }[] }>('list_event_types', {}, company);
      expect(result.items.map((e) => e.id)).toEqual([555]);
      expect(own.requests.at(-1)!.headers['cal-api-version']).toBe('2024-06-14');
    });

    it.each([
      ['http://127.0.0.1'],
      ['https://169.254.169.254'],
      ['https://10.0.0.1'],
      ['https://localhost'],
      ['https://[::1]'],
    ])('%s is refused when OUTBOUND_ALLOW_PRIVATE is off', async (apiUrl) => {
      const company = await newCompany(KEY, { apiUrl }, strict);
      const before = fake.requests.length + own.requests.length;
      const err = await fail('list_event_types', {}, company, strict);
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.details[0]).toMatchObject({ field: 'apiUrl' });
      expect(fake.requests.length + own.requests.length).toBe(before);
    });

    it('the platform URL (CALCOM_API_URL) is still reachable from the strict app', async () => {
      const company = await newCompany(KEY, {}, strict);
      const result = await run<{ items: unknown[] }>('list_event_types', {}, company, strict);
      expect(result.items).toHaveLength(2);
    });
  });

  it('no answer or error ever carried an API key', () => {
    expect(seen.length).toBeGreaterThan(40);
    for (const text of seen) {
      expect(text).not.toMatch(/cal_(test|live)_[a-z0-9_]{6,}/i);
    }
  });
});
