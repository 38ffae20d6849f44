import { randomUUID } from 'node:crypto';
import { Appointment } from 'src/booking/appointment.entity';
import { CallbackRequest } from 'src/booking/callback-request.entity';
import { Call } from 'src/calls/call.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import {
  apiAs,
  auditEntriesOf,
  errorFields,
  expectObjectScopedToCompany,
  login,
  seedTwoTenants,
  seedUser,
} from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('appointments and callback requests (e2e)', () => {
  let t: TestApp;
  let su: string;
  let ops: string;
  let adminA: string;
  let adminB: string;
  let a: Company;
  let b: Company;
  let branchA: string;
  let branchB: string;
  let customer: Customer;
  let call: Call;
  /** A's appointments by name: cancelled (Mar 1), booked (Mar 2, with every ref), moved (Mar 5); B's. */
  const appointments: Record<string, Appointment> = {};
  /** A's callback requests by name, oldest first: asked, failed (done), named; B's. */
  const callbacks: Record<string, CallbackRequest> = {};

  const api = (token: string) => apiAs(t, token);
  const appointmentsOf = (company: Company, rest = '') => `/api/companies/${company.id}/appointments${rest}`;
  const callbacksOf = (company: Company, rest = '') => `/api/companies/${company.id}/callbacks${rest}`;
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((r) => r.id);

  async function seedAppointment(company: Company, name: string, values: Partial<Appointment>) {
    appointments[name] = await t.dataSource.getRepository(Appointment).save({
      companyId: company.id,
      calcomEventTypeId: 7,
      idempotencyKey: `test-${randomUUID()}`,
      startsAt: new Date('2026-03-01T09:00:00Z'),
      endsAt: new Date('2026-03-01T09:30:00Z'),
      ...values,
    });
  }

  async function seedCallback(company: Company, name: string, values: Partial<CallbackRequest>) {
    callbacks[name] = await t.dataSource.getRepository(CallbackRequest).save({ companyId: company.id, ...values });
  }

  beforeAll(async () => {
    t = await startTestApp();
    ({ su, a, b, adminA, ops, branchA, branchB } = await seedTwoTenants(t));
    await seedUser(t.dataSource, {
      email: 'admin@b.test',
      password: 'password-of-b-1',
      role: 'company_admin',
      companyId: b.id,
    });
    adminB = (await login(t, 'admin@b.test', 'password-of-b-1')).token;

    customer = await t.dataSource
      .getRepository(Customer)
      .save({ companyId: a.id, phone: '+4915112345678', name: 'Erika Mustermann' });
    const other = await t.dataSource.getRepository(Customer).save({ companyId: a.id, phone: '+4930123456' });
    const service = await t.dataSource.getRepository(Service).save({ companyId: a.id, name: 'Zahnreinigung' });
    const staff = await t.dataSource.getRepository(Staff).save({ companyId: a.id, name: 'Dr. Weiß' });
    call = await t.dataSource
      .getRepository(Call)
      .save({ companyId: a.id, retellCallId: `call_${randomUUID()}`, status: 'ended' });

    await seedAppointment(a, 'moved', {
      status: 'rescheduled',
      customerId: other.id,
      startsAt: new Date('2026-03-05T10:00:00Z'),
      endsAt: new Date('2026-03-05T10:30:00Z'),
    });
    await seedAppointment(a, 'booked', {
      branchId: branchA,
      serviceId: service.id,
      staffId: staff.id,
      customerId: customer.id,
      callId: call.id,
      calcomBookingUid: 'bk_1',
      startsAt: new Date('2026-03-02T08:00:00Z'),
      endsAt: new Date('2026-03-02T08:30:00Z'),
      notes: 'Erstbesuch',
      metadata: { source: 'voice', attendee: { name: 'Erika' } },
    });
    await seedAppointment(a, 'cancelled', { status: 'cancelled', branchId: branchA });
    await seedAppointment(b, 'other', { branchId: branchB });

    await seedCallback(a, 'asked', {
      phone: '+4930123456',
      reason: 'Rückfrage zur Rechnung',
      createdAt: new Date('2026-01-01T10:00:00Z'),
    });
    await seedCallback(a, 'failed', {
      phone: '+4930999999',
      source: 'upstream_unavailable',
      done: true,
      createdAt: new Date('2026-01-02T10:00:00Z'),
    });
    await seedCallback(a, 'named', {
      branchId: branchA,
      customerId: customer.id,
      retellCallId: call.retellCallId,
      phone: '+4915112345678',
      name: 'Erika',
      reason: 'Termin verschieben',
      preferredTime: 'morgen ab 14 Uhr',
      createdAt: new Date('2026-01-03T10:00:00Z'),
    });
    await seedCallback(b, 'other', { branchId: branchB, phone: '+4940123456' });
  });
  afterAll(() => t.close());

  describe('appointment list', () => {
    it('lists by start time, earliest first, with every ref', async () => {
      const res = await api(adminA).get(appointmentsOf(a)).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(ids(res)).toEqual([appointments.cancelled.id, appointments.booked.id, appointments.moved.id]);
      expect(res.body.items[1]).toEqual({
        id: appointments.booked.id,
        startsAt: '2026-03-02T08:00:00.000Z',
        endsAt: '2026-03-02T08:30:00.000Z',
        status: 'booked',
        branch: { id: branchA, name: 'Mitte' },
        service: { id: appointments.booked.serviceId, name: 'Zahnreinigung' },
        staff: { id: appointments.booked.staffId, name: 'Dr. Weiß' },
        customer: { id: customer.id, name: 'Erika Mustermann', phone: '+4915112345678' },
        calcomBookingUid: 'bk_1',
        calcomEventTypeId: 7,
        callId: call.id,
        retellCallId: call.retellCallId,
        notes: 'Erstbesuch',
        source: 'voice',
        createdAt: appointments.booked.createdAt.toISOString(),
      });
      expect(res.body.items[0]).toMatchObject({
        status: 'cancelled',
        service: null,
        staff: null,
        customer: null,
        callId: null,
        retellCallId: null,
        source: null,
      });
      expect(res.body.items[0]).not.toHaveProperty('metadata');
    });

    it('pages, latest first on request', async () => {
      const second = await api(su).get(appointmentsOf(a, '?pageSize=2&page=2')).expect(200);
      expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(ids(second)).toEqual([appointments.moved.id]);
      const desc = await api(ops).get(appointmentsOf(a, '?order=desc&pageSize=2')).expect(200);
      expect(ids(desc)).toEqual([appointments.moved.id, appointments.booked.id]);
      const beyond = await api(su).get(appointmentsOf(a, '?page=5')).expect(200);
      expect(beyond.body).toMatchObject({ items: [], total: 3 });
    });

    it.each([
      ['from/to on the start time', '?from=2026-03-02T08:00:00Z&to=2026-03-05T10:00:00Z', ['booked']],
      ['status', '?status=rescheduled', ['moved']],
      ['branch', '?branchId=BRANCH', ['cancelled', 'booked']],
      ['customer', '?customerId=CUSTOMER', ['booked']],
      ["the customer's number, written nationally", `?phone=${encodeURIComponent('0151 123 456 78')}`, ['booked']],
      ["the customer's number, written internationally", '?phone=0049151-12345678', ['booked']],
      ['a number no customer has', '?phone=%2B4915199999999', []],
      ['several filters at once', '?branchId=BRANCH&status=cancelled', ['cancelled']],
    ])('filters by %s', async (_, query, expected) => {
      const res = await api(adminA)
        .get(appointmentsOf(a, query.replace('BRANCH', branchA).replace('CUSTOMER', customer.id)))
        .expect(200);
      expect(ids(res)).toEqual(expected.map((name) => appointments[name].id));
      expect(res.body.total).toBe(expected.length);
    });

    it('rejects bad filters with the field named', async () => {
      const res = await api(adminA)
        .get(
          appointmentsOf(
            a,
            '?from=yesterday&to=2026-13-01&status=done&branchId=x&customerId=y&phone=1&order=up&pageSize=0&z=1',
          ),
        )
        .expect(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(errorFields(res)).toEqual([
        'branchId',
        'customerId',
        'from',
        'order',
        'pageSize',
        'phone',
        'status',
        'to',
        'z',
      ]);
      const notANumber = await api(adminA).get(appointmentsOf(a, '?phone=12345')).expect(400);
      expect(errorFields(notANumber)).toEqual(['phone']);
    });

    it('is per company: 403 under another company, its branch filters to nothing', async () => {
      expect(ids(await api(adminB).get(appointmentsOf(b)).expect(200))).toEqual([appointments.other.id]);
      await api(adminB).get(appointmentsOf(a)).expect(403);
      await api(adminA).get(appointmentsOf(b)).expect(403);
      const res = await api(adminA)
        .get(appointmentsOf(a, `?branchId=${branchB}`))
        .expect(200);
      expect(res.body.total).toBe(0);
    });
  });

  describe('appointment detail', () => {
    it('is the list item with the metadata', async () => {
      const res = await api(adminA)
        .get(appointmentsOf(a, `/${appointments.booked.id}`))
        .expect(200);
      const list = await api(adminA).get(appointmentsOf(a, '?status=booked')).expect(200);
      expect(res.body).toEqual({ ...list.body.items[0], metadata: { source: 'voice', attendee: { name: 'Erika' } } });
      const bare = await api(ops)
        .get(appointmentsOf(a, `/${appointments.cancelled.id}`))
        .expect(200);
      expect(bare.body).toMatchObject({ branch: { id: branchA, name: 'Mitte' }, metadata: {}, source: null });
    });

    it("404 for an unknown id or another company's appointment under one's own; 403 under the other", async () => {
      await expectObjectScopedToCompany(t, {
        path: (companyId, id) => `/api/companies/${companyId}/appointments/${id}`,
        idField: 'appointmentId',
        id: appointments.booked.id,
        owner: { companyId: a.id, token: adminA },
        other: { companyId: b.id, token: adminB },
        su,
      });
    });
  });

  describe('callback requests', () => {
    it('lists newest first with the branch and customer', async () => {
      const res = await api(adminA).get(callbacksOf(a)).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(ids(res)).toEqual([callbacks.named.id, callbacks.failed.id, callbacks.asked.id]);
      expect(res.body.items[0]).toEqual({
        id: callbacks.named.id,
        branch: { id: branchA, name: 'Mitte' },
        customer: { id: customer.id, name: 'Erika Mustermann', phone: '+4915112345678' },
        phone: '+4915112345678',
        name: 'Erika',
        reason: 'Termin verschieben',
        preferredTime: 'morgen ab 14 Uhr',
        source: 'requested',
        retellCallId: call.retellCallId,
        done: false,
        createdAt: '2026-01-03T10:00:00.000Z',
        updatedAt: callbacks.named.updatedAt.toISOString(),
      });
      expect(res.body.items[1]).toMatchObject({ branch: null, customer: null, source: 'upstream_unavailable' });
    });

    it.each([
      ['open', '?done=false', ['named', 'asked']],
      ['done', '?done=true', ['failed']],
      ['from/to on the creation time', '?from=2026-01-01T10:00:01Z&to=2026-01-03T10:00:00Z', ['failed']],
      ['several filters at once', '?done=false&from=2026-01-02T00:00:00Z', ['named']],
    ])('filters by %s', async (_, query, expected) => {
      const res = await api(ops).get(callbacksOf(a, query)).expect(200);
      expect(ids(res)).toEqual(expected.map((name) => callbacks[name].id));
      expect(res.body.total).toBe(expected.length);
    });

    it('pages', async () => {
      const res = await api(su).get(callbacksOf(a, '?pageSize=2&page=2')).expect(200);
      expect(res.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(ids(res)).toEqual([callbacks.asked.id]);
    });

    it('rejects bad filters with the field named', async () => {
      const res = await api(adminA).get(callbacksOf(a, '?done=yes&from=today&to=1&page=x&q=1')).expect(400);
      expect(errorFields(res)).toEqual(['done', 'from', 'page', 'q', 'to']);
    });

    it('is per company: 403 under another company', async () => {
      expect(ids(await api(adminB).get(callbacksOf(b)).expect(200))).toEqual([callbacks.other.id]);
      await api(adminB).get(callbacksOf(a)).expect(403);
      await api(adminA).get(callbacksOf(b)).expect(403);
    });
  });

  describe('marking a callback request done', () => {
    it('sets done, audited with before and after; reopening works the same way', async () => {
      const res = await api(adminA)
        .patch(callbacksOf(a, `/${callbacks.asked.id}`), { done: true })
        .expect(200);
      expect(res.body).toMatchObject({ id: callbacks.asked.id, done: true, reason: 'Rückfrage zur Rechnung' });
      expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThan(callbacks.asked.updatedAt.getTime());
      const list = await api(adminA).get(callbacksOf(a, '?done=false')).expect(200);
      expect(ids(list)).toEqual([callbacks.named.id]);

      const [entry] = await auditEntriesOf(t, callbacks.asked.id);
      expect(entry).toMatchObject({
        action: 'callback_request.update',
        target_type: 'callback_request',
        actor_type: 'user',
        actor_label: 'admin@a.test',
        company_id: a.id,
        before: expect.objectContaining({ id: callbacks.asked.id, done: false }),
        after: expect.objectContaining({ id: callbacks.asked.id, done: true }),
      });

      await api(ops)
        .patch(callbacksOf(a, `/${callbacks.asked.id}`), { done: false })
        .expect(200);
      await api(su)
        .patch(callbacksOf(a, `/${callbacks.asked.id}`), { done: true })
        .expect(200);
      const entries = await auditEntriesOf(t, callbacks.asked.id);
      expect(entries.map((e: { after: { done: boolean } }) => e.after.done)).toEqual([true, false, true]);
    });

    it('an unchanged value is a no-op, not audited', async () => {
      const res = await api(adminA)
        .patch(callbacksOf(a, `/${callbacks.failed.id}`), { done: true })
        .expect(200);
      expect(res.body).toMatchObject({ done: true, updatedAt: callbacks.failed.updatedAt.toISOString() });
      expect(await auditEntriesOf(t, callbacks.failed.id)).toEqual([]);
    });

    it('rejects a body without a boolean `done` or with other fields', async () => {
      for (const body of [{}, { done: 'true' }, { done: null }, { done: true, reason: 'x' }]) {
        const res = await api(adminA)
          .patch(callbacksOf(a, `/${callbacks.named.id}`), body)
          .expect(400);
        expect(res.body.error.code).toBe('INVALID_INPUT');
      }
      const fields = await api(adminA)
        .patch(callbacksOf(a, `/${callbacks.named.id}`), { done: 1, reason: 'x' })
        .expect(400);
      expect(errorFields(fields)).toEqual(['done', 'reason']);
      const bad = await api(adminA).patch(callbacksOf(a, '/nope'), { done: true }).expect(400);
      expect(errorFields(bad)).toEqual(['callbackId']);
    });

    it("is per company: 404 for another company's request under one's own, 403 under the other", async () => {
      await api(adminA)
        .patch(callbacksOf(a, `/${callbacks.other.id}`), { done: true })
        .expect(404);
      await api(su)
        .patch(callbacksOf(b, `/${callbacks.named.id}`), { done: true })
        .expect(404);
      await api(adminA)
        .patch(callbacksOf(a, `/${randomUUID()}`), { done: true })
        .expect(404);
      await api(adminB)
        .patch(callbacksOf(a, `/${callbacks.named.id}`), { done: true })
        .expect(403);
      const untouched = await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: callbacks.other.id });
      expect(untouched.done).toBe(false);
      expect((await t.dataSource.getRepository(CallbackRequest).findOneByOrFail({ id: callbacks.named.id })).done).toBe(
        false,
      );
    });
  });
});
