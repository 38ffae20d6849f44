import { randomUUID } from 'node:crypto';
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Appointment } from 'src/booking/appointment.entity';
import { Call } from 'src/calls/call.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { ToolCall } from 'src/orchestrator/tool-call.entity';
import { apiAs, errorFields, expectObjectScopedToCompany, login, seedTwoTenants, seedUser } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('calls and balance (e2e)', () => {
  let t: TestApp;
  let su: string;
  let ops: string;
  let adminA: string;
  let adminB: string;
  let a: Company;
  let b: Company;
  let branchA: string;
  let branchB: string;
  /** A's calls by name, oldest first: early, booked, failed, searched, live (not started yet); B's call. */
  const calls: Record<string, Call> = {};

  const api = (token: string) => apiAs(t, token);
  const callsOf = (company: Company, query = '') => `/api/companies/${company.id}/calls${query}`;
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);

  async function seedCall(company: Company, name: string, values: Partial<Call>): Promise<Call> {
    calls[name] = await t.dataSource.getRepository(Call).save({
      companyId: company.id,
      retellCallId: `call_${name}_${randomUUID()}`,
      status: 'ended',
      direction: 'inbound',
      ...values,
    });
    return calls[name];
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

    const customer = await t.dataSource
      .getRepository(Customer)
      .save({ companyId: a.id, phone: '+4915112345678', name: 'Erika Mustermann' });
    await seedCall(a, 'early', { startedAt: new Date('2026-01-05T09:00:00Z'), transcript: 'Agent: Guten Tag.' });
    await seedCall(a, 'booked', {
      branchId: branchA,
      customerId: customer.id,
      fromNumber: '+4915112345678',
      toNumber: '+4930123456',
      startedAt: new Date('2026-02-01T10:00:00Z'),
      endedAt: new Date('2026-02-01T10:03:00Z'),
      durationSeconds: 180,
      disconnectionReason: 'user_hangup',
      costCents: 30,
      sentiment: 'Positive',
      successful: true,
      summary: 'Termin zur Zahnreinigung gebucht.',
      transcript: 'User: Ich hätte gerne eine ZAHNREINIGUNG am Montag.',
      transcriptObject: [{ role: 'user', content: 'Ich hätte gerne eine Zahnreinigung am Montag.' }],
      recordingUrl: 'https://example.test/rec.wav',
      dynamicVariables: { caller_name: 'Erika' },
      analysis: { call_successful: true },
    });
    await seedCall(a, 'failed', {
      branchId: branchA,
      status: 'error',
      startedAt: new Date('2026-02-10T08:00:00Z'),
      transcript: 'Agent: Entschuldigung, 100% sicher?',
    });
    await seedCall(a, 'searched', { startedAt: new Date('2026-03-01T12:00:00Z'), transcript: 'Bitte Rückruf.' });
    await seedCall(a, 'live', { status: 'registered', startedAt: null });
    await seedCall(b, 'other', {
      branchId: branchB,
      startedAt: new Date('2026-02-01T10:00:00Z'),
      transcript: 'Zahnreinigung bei B',
    });

    await t.dataSource.getRepository(Appointment).save({
      companyId: a.id,
      branchId: branchA,
      customerId: customer.id,
      callId: calls.booked.id,
      calcomEventTypeId: 7,
      calcomBookingUid: 'bk_1',
      idempotencyKey: `test-${randomUUID()}`,
      startsAt: new Date('2026-02-09T08:00:00Z'),
      endsAt: new Date('2026-02-09T08:30:00Z'),
    });
    const toolCalls = t.dataSource.getRepository(ToolCall);
    const toolCall = (tool: string, outcome: string, createdAt: string, retellCallId = calls.booked.retellCallId) =>
      toolCalls.save({
        companyId: a.id,
        retellCallId,
        server: 'calcom',
        tool,
        outcome,
        latencyMs: 120,
        errorCode: outcome === 'error' ? 'TIMEOUT' : null,
        createdAt: new Date(createdAt),
      });
    await toolCall('book_appointment', 'success', '2026-02-01T10:02:00Z');
    await toolCall('check_availability', 'error', '2026-02-01T10:01:00Z');
    await toolCall('check_availability', 'success', '2026-02-01T10:01:00Z', calls.failed.retellCallId);

    const ledger = t.dataSource.getRepository(BalanceTransaction);
    await ledger.save({
      companyId: a.id,
      type: 'topup',
      amountCents: 5000,
      balanceAfterCents: 5000,
      stripeObjectId: 'cs_1',
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    await ledger.save({
      companyId: a.id,
      type: 'call_charge',
      amountCents: -126,
      balanceAfterCents: 4874,
      callId: calls.booked.id,
      description: '3 min',
      createdAt: new Date('2026-02-01T10:04:00Z'),
    });
    await ledger.save({ companyId: b.id, type: 'topup', amountCents: 100, balanceAfterCents: 100 });
    await t.dataSource.getRepository(Company).update(a.id, { balanceCents: 4874 });
  });
  afterAll(() => t.close());

  describe('call list', () => {
    it('lists newest first (not yet started last) as summaries, without the transcript', async () => {
      const res = await api(adminA).get(callsOf(a)).expect(200);
      expect(res.body).toMatchObject({ total: 5, totalCapped: false, page: 1, pageSize: 20 });
      expect(ids(res)).toEqual([calls.searched.id, calls.failed.id, calls.booked.id, calls.early.id, calls.live.id]);
      const booked = res.body.items[2];
      expect(booked).toEqual({
        id: calls.booked.id,
        retellCallId: calls.booked.retellCallId,
        branch: { id: branchA, name: 'Mitte' },
        customer: { id: calls.booked.customerId, name: 'Erika Mustermann', phone: '+4915112345678' },
        direction: 'inbound',
        fromNumber: '+4915112345678',
        toNumber: '+4930123456',
        status: 'ended',
        startedAt: '2026-02-01T10:00:00.000Z',
        endedAt: '2026-02-01T10:03:00.000Z',
        durationSeconds: 180,
        disconnectionReason: 'user_hangup',
        costCents: 30,
        sentiment: 'Positive',
        successful: true,
        summary: 'Termin zur Zahnreinigung gebucht.',
        hasAppointment: true,
      });
      expect(res.body.items[0]).toMatchObject({ branch: null, customer: null, hasAppointment: false });
    });

    it('pages', async () => {
      const first = await api(su).get(callsOf(a, '?pageSize=2')).expect(200);
      const third = await api(su).get(callsOf(a, '?pageSize=2&page=3')).expect(200);
      expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
      expect(ids(first)).toEqual([calls.searched.id, calls.failed.id]);
      expect(ids(third)).toEqual([calls.live.id]);
      const beyond = await api(su).get(callsOf(a, '?pageSize=2&page=9')).expect(200);
      expect(beyond.body).toMatchObject({ items: [], total: 5 });
    });

    it.each([
      ['from/to on the start time', '?from=2026-02-01T10:00:00Z&to=2026-03-01T12:00:00Z', ['failed', 'booked']],
      ['branch', `?branchId=BRANCH`, ['failed', 'booked']],
      ['status', '?status=error', ['failed']],
      ['with an appointment', '?hasAppointment=true', ['booked']],
      ['without an appointment', '?hasAppointment=false', ['searched', 'failed', 'early', 'live']],
      ['a transcript word, any case', '?q=zahnReinigung', ['booked']],
      ['transcript words, all of them', '?q=gerne%20ZAHNREINIGUNG%20montag', ['booked']],
      ['words, not substrings or prefixes', '?q=zahn', []],
      ['a word next to punctuation', '?q=100%25', ['failed']],
      ['words split at punctuation', '?q=1_0', []],
      ['tsquery syntax in the text taken as words', `?q=${encodeURIComponent("nope | 'zahnreinigung':*")}`, []],
      ['several filters at once', '?branchId=BRANCH&hasAppointment=false', ['failed']],
    ])('filters by %s', async (_, query, expected) => {
      const res = await api(adminA)
        .get(callsOf(a, query.replace('BRANCH', branchA)))
        .expect(200);
      expect(ids(res)).toEqual(expected.map((name) => calls[name].id));
      expect(res.body).toMatchObject({ total: expected.length, totalCapped: false });
    });

    it("caps a text search's total at 1,000 and says so; other filters count exactly", async () => {
      const [{ id: big }] = await t.dataSource.query(`INSERT INTO companies (name) VALUES ('Big') RETURNING id`);
      await t.dataSource.query(
        `INSERT INTO calls (company_id, retell_call_id, status, started_at, transcript)
         SELECT $1, 'call_big_' || i, 'ended', now() - i * interval '1 minute', 'Agent: Termin ' || i
           FROM generate_series(1, 1001) i`,
        [big],
      );
      const searched = await api(su).get(`/api/companies/${big}/calls?q=termin&pageSize=1`).expect(200);
      expect(searched.body).toMatchObject({ total: 1000, totalCapped: true });
      const exact = await api(su).get(`/api/companies/${big}/calls?q=termin%201001`).expect(200);
      expect(exact.body).toMatchObject({ total: 1, totalCapped: false });
      const all = await api(su).get(`/api/companies/${big}/calls?pageSize=1`).expect(200);
      expect(all.body).toMatchObject({ total: 1001, totalCapped: false });
    });

    it('rejects bad filters with the field named', async () => {
      const res = await api(adminA)
        .get(
          callsOf(
            a,
            '?from=yesterday&to=2026-13-01&branchId=nope&status=done&hasAppointment=yes&q=a&pageSize=101&page=0&x=1',
          ),
        )
        .expect(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(errorFields(res)).toEqual([
        'branchId',
        'from',
        'hasAppointment',
        'page',
        'pageSize',
        'q',
        'status',
        'to',
        'x',
      ]);
    });

    it('is read by ops and the super admin; another company is 403 for a company admin', async () => {
      expect(ids(await api(ops).get(callsOf(b)).expect(200))).toEqual([calls.other.id]);
      await api(adminB).get(callsOf(a)).expect(403);
      await api(adminA).get(callsOf(b)).expect(403);
      // A branch of another company filters to nothing rather than leaking its calls.
      expect(
        (
          await api(adminA)
            .get(callsOf(a, `?branchId=${branchB}`))
            .expect(200)
        ).body.total,
      ).toBe(0);
    });
  });

  describe('call detail', () => {
    it('has the transcript, the payloads, the tool calls in order and the appointment', async () => {
      const res = await api(adminA)
        .get(callsOf(a, `/${calls.booked.id}`))
        .expect(200);
      expect(res.body).toMatchObject({
        id: calls.booked.id,
        branch: { id: branchA, name: 'Mitte' },
        hasAppointment: true,
        transcript: 'User: Ich hätte gerne eine ZAHNREINIGUNG am Montag.',
        transcriptObject: [{ role: 'user', content: 'Ich hätte gerne eine Zahnreinigung am Montag.' }],
        recordingUrl: 'https://example.test/rec.wav',
        dynamicVariables: { caller_name: 'Erika' },
        analysis: { call_successful: true },
        appointments: [
          {
            status: 'booked',
            startsAt: '2026-02-09T08:00:00.000Z',
            endsAt: '2026-02-09T08:30:00.000Z',
            branchId: branchA,
            calcomBookingUid: 'bk_1',
          },
        ],
      });
      expect(res.body.toolCalls).toEqual([
        expect.objectContaining({ tool: 'check_availability', outcome: 'error', errorCode: 'TIMEOUT', latencyMs: 120 }),
        expect.objectContaining({ tool: 'book_appointment', outcome: 'success', errorCode: null }),
      ]);
    });

    it('a call without tool calls or appointments has empty lists', async () => {
      const res = await api(ops)
        .get(callsOf(a, `/${calls.live.id}`))
        .expect(200);
      expect(res.body).toMatchObject({ status: 'registered', startedAt: null, toolCalls: [], appointments: [] });
    });

    it("404 for an unknown id or another company's call under one's own; 403 under the other company", async () => {
      await expectObjectScopedToCompany(t, {
        path: (companyId, id) => `/api/companies/${companyId}/calls/${id}`,
        idField: 'callId',
        id: calls.booked.id,
        owner: { companyId: a.id, token: adminA },
        other: { companyId: b.id, token: adminB },
        su,
      });
    });
  });

  describe('balance', () => {
    it("shows the balance with the company's threshold and rate", async () => {
      await api(su)
        .patch(`/api/companies/${a.id}`, { settings: { lowBalanceThresholdCents: 2500 } })
        .expect(200);
      const res = await api(adminA).get(`/api/companies/${a.id}/balance`).expect(200);
      expect(res.body).toEqual({
        balanceCents: 4874,
        lowBalanceThresholdCents: 2500,
        ratePerMinuteCents: 42,
        billingIncrementSeconds: 60,
        currency: 'eur',
      });
      await api(ops).get(`/api/companies/${b.id}/balance`).expect(200);
      await api(adminB).get(`/api/companies/${a.id}/balance`).expect(403);
    });

    it('lists the ledger newest first, by type, paged', async () => {
      const res = await api(adminA).get(`/api/companies/${a.id}/balance/transactions`).expect(200);
      expect(res.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(res.body.items).toEqual([
        {
          id: expect.any(String),
          type: 'call_charge',
          amountCents: -126,
          balanceAfterCents: 4874,
          callId: calls.booked.id,
          description: '3 min',
          createdAt: '2026-02-01T10:04:00.000Z',
        },
        expect.objectContaining({ type: 'topup', amountCents: 5000, callId: null }),
      ]);
      const topups = await api(adminA).get(`/api/companies/${a.id}/balance/transactions?type=topup`).expect(200);
      expect(topups.body.items.map((i: { type: string }) => i.type)).toEqual(['topup']);
      const second = await api(adminA).get(`/api/companies/${a.id}/balance/transactions?pageSize=1&page=2`);
      expect(second.body.items.map((i: { type: string }) => i.type)).toEqual(['topup']);
      const bad = await api(adminA).get(`/api/companies/${a.id}/balance/transactions?type=gift`).expect(400);
      expect(errorFields(bad)).toEqual(['type']);
      await api(adminB).get(`/api/companies/${a.id}/balance/transactions`).expect(403);
      const ofB = await api(adminB).get(`/api/companies/${b.id}/balance/transactions`).expect(200);
      expect(ofB.body.items.map((i: { amountCents: number }) => i.amountCents)).toEqual([100]);
    });
  });
});
