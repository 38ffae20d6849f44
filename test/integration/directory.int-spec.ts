import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { SYSTEM_PRINCIPAL, type ToolPrincipal } from 'src/orchestrator/tool.types';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import type { ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { AppError } from 'src/platform/errors/app-error';
import { seedCompany } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('directory server (integration)', () => {
  let t: TestApp;
  let orchestrator: McpOrchestrator;
  let a: Company;
  let b: Company;
  let branchA: Branch;
  let branchB: Branch;
  const adminOf = (company: Company): ToolPrincipal => ({
    kind: 'user',
    id: `admin-${company.id}`,
    role: 'company_admin',
    companyId: company.id,
  });
  const resolve = (params: object, principal: ToolPrincipal = SYSTEM_PRINCIPAL) =>
    orchestrator.execute<ResolvedNumber>('directory', 'resolve_phone_number', params, { principal });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (err: unknown) => (err instanceof AppError ? err.code : String(err)),
    );

  beforeAll(async () => {
    t = await startTestApp();
    orchestrator = t.app.get(McpOrchestrator);
    a = await seedCompany(t.dataSource, 'Praxis A');
    b = await seedCompany(t.dataSource, 'Praxis B');
    const branches = t.dataSource.getRepository(Branch);
    branchA = await branches.save({
      companyId: a.id,
      name: 'Mitte',
      timezone: 'Europe/Berlin',
      businessHours: { mon: [['08:00', '12:00']] },
      specialDays: [{ date: '2026-12-24', intervals: [] }],
      retellAgentId: 'agent_a',
    });
    branchB = await branches.save({ companyId: b.id, name: 'Nord', timezone: 'Europe/Berlin' });
    const numbers = t.dataSource.getRepository(PhoneNumber);
    await numbers.save({ companyId: a.id, branchId: branchA.id, number: '+49301234567', retellAgentId: 'agent_a' });
    await numbers.save({ companyId: b.id, branchId: branchB.id, number: '+49407654321' });
    await t.dataSource.getRepository(Service).save([
      { companyId: a.id, branchId: branchA.id, name: 'Zahnreinigung', durationMinutes: 45 },
      { companyId: a.id, branchId: null, name: 'Beratung' },
      { companyId: a.id, branchId: null, name: 'Alt', isActive: false },
      { companyId: b.id, branchId: branchB.id, name: 'Fremd' },
    ]);
    await t.dataSource.getRepository(Staff).save([
      { companyId: a.id, branchId: branchA.id, name: 'Dr. Weiß' },
      { companyId: b.id, branchId: branchB.id, name: 'Dr. Fremd' },
    ]);
  });
  afterAll(() => t.close());

  it('resolves +49 30 1234567, 030 1234567 (with the country) and 0049301234567 to the same branch', async () => {
    const results = await Promise.all([
      resolve({ number: '+49 30 1234567' }),
      resolve({ number: '030 1234567', companyCountry: 'DE' }),
      resolve({ number: '0049301234567' }),
    ]);
    for (const r of results) {
      expect(r.branch.id).toBe(branchA.id);
      expect(r.company.id).toBe(a.id);
    }
    const [r] = results;
    expect(r.company).toMatchObject({ name: 'Praxis A', timezone: 'Europe/Berlin', locale: 'de', country: 'DE' });
    expect(r.company.settings).toMatchObject({ retentionDays: 90 });
    expect(r.branch).toMatchObject({
      name: 'Mitte',
      timezone: 'Europe/Berlin',
      businessHours: { mon: [['08:00', '12:00']] },
      specialDays: [{ date: '2026-12-24', intervals: [] }],
      retellAgentId: 'agent_a',
    });
    expect(r.phoneNumber).toMatchObject({ number: '+49301234567', retellAgentId: 'agent_a' });
    expect(r.services.map((s) => s.name)).toEqual(['Beratung', 'Zahnreinigung']);
    expect(r.staff.map((s) => s.name)).toEqual(['Dr. Weiß']);
  });

  it('reads a national number in the given country: the same digits in Austria are another number', async () => {
    expect(await codeOf(resolve({ number: '030 1234567', companyCountry: 'AT' }))).toBe('INVALID_INPUT');
    // A valid Austrian number nobody has: NOT_FOUND, not a guess in Germany.
    expect(await codeOf(resolve({ number: '01 5123456', companyCountry: 'AT' }))).toBe('NOT_FOUND');
    expect(await codeOf(resolve({ number: 'not a number' }))).toBe('INVALID_INPUT');
  });

  it('answers NOT_FOUND for an unknown, deleted or inactive number, never another branch', async () => {
    expect(await codeOf(resolve({ number: '+49 30 9999999' }))).toBe('NOT_FOUND');
    const numbers = t.dataSource.getRepository(PhoneNumber);
    const gone = await numbers.save({ companyId: a.id, branchId: branchA.id, number: '+49301111111' });
    await numbers.softDelete(gone.id);
    expect(await codeOf(resolve({ number: '+49301111111' }))).toBe('NOT_FOUND');
    await numbers.save({ companyId: a.id, branchId: branchA.id, number: '+49302222222', isActive: false });
    expect(await codeOf(resolve({ number: '+49302222222' }))).toBe('NOT_FOUND');
    await numbers.save({ companyId: a.id, branchId: null, number: '+49303333333' });
    expect(await codeOf(resolve({ number: '+49303333333' }))).toBe('NOT_FOUND');
  });

  it("never resolves another company's number for a company-bound caller", async () => {
    expect((await resolve({ number: '+49301234567' }, adminOf(a))).branch.id).toBe(branchA.id);
    expect(await codeOf(resolve({ number: '+49301234567' }, adminOf(b)))).toBe('NOT_FOUND');
    expect(await codeOf(resolve({ number: '040 7654321' }, adminOf(a)))).toBe('NOT_FOUND');
    // Ops must name a company, and then see only that one.
    const ops: ToolPrincipal = { kind: 'user', id: 'ops', role: 'ops', companyId: null };
    expect(await codeOf(resolve({ number: '+49301234567' }, ops))).toBe('INVALID_INPUT');
    expect(
      await codeOf(
        orchestrator.execute(
          'directory',
          'resolve_phone_number',
          { number: '+49301234567' },
          {
            principal: ops,
            companyId: b.id,
          },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('resolve_agent: the company and branch of an agent, never another company’s for a company-bound caller', async () => {
    const agent = (agentId: string, principal: ToolPrincipal = SYSTEM_PRINCIPAL) =>
      orchestrator.execute<{ companyId: string; branchId: string | null }>(
        'directory',
        'resolve_agent',
        { agentId },
        { principal },
      );
    expect(await agent('agent_a')).toEqual({ companyId: a.id, branchId: branchA.id });
    expect(await agent('agent_a', adminOf(a))).toEqual({ companyId: a.id, branchId: branchA.id });
    expect(await codeOf(agent('agent_a', adminOf(b)))).toBe('NOT_FOUND');
    expect(await codeOf(agent('agent_nobody'))).toBe('NOT_FOUND');
    expect(await codeOf(agent("agent'; DROP TABLE branches;--"))).toBe('INVALID_INPUT');
    // Moving the agent to another branch is seen once the company invalidates its cached resolutions.
    await t.dataSource.getRepository(Branch).update(branchA.id, { retellAgentId: null });
    await t.dataSource.getRepository(PhoneNumber).update({ number: '+49301234567' }, { retellAgentId: null });
    const other = await t.dataSource
      .getRepository(Branch)
      .save({ companyId: a.id, name: 'Süd', timezone: 'Europe/Berlin', retellAgentId: 'agent_a' });
    await t.app.get(DirectoryCacheInvalidator).companyChanged(a.id);
    expect(await agent('agent_a')).toEqual({ companyId: a.id, branchId: other.id });
    await t.dataSource.getRepository(Branch).update(other.id, { retellAgentId: null });
    await t.dataSource.getRepository(Branch).update(branchA.id, { retellAgentId: 'agent_a' });
    await t.dataSource.getRepository(PhoneNumber).update({ number: '+49301234567' }, { retellAgentId: 'agent_a' });
    await t.app.get(DirectoryCacheInvalidator).companyChanged(a.id);
  });

  it('caches a resolution, and drops it when the company invalidates', async () => {
    const first = await resolve({ number: '+49 40 7654321' });
    expect(first.branch.name).toBe('Nord');
    await t.dataSource.getRepository(Branch).update(branchB.id, { name: 'Nord-Ost' });
    expect((await resolve({ number: '040 7654321', companyCountry: 'DE' })).branch.name).toBe('Nord');
    expect(await t.app.get(DirectoryCacheInvalidator).companyChanged(b.id)).toBeGreaterThan(0);
    expect((await resolve({ number: '+49407654321' })).branch.name).toBe('Nord-Ost');
    // A number that moves to another company resolves to the new owner after both invalidate.
    await t.dataSource.getRepository(PhoneNumber).softDelete({ number: '+49407654321' });
    await t.app.get(DirectoryCacheInvalidator).companyChanged(b.id);
    expect(await codeOf(resolve({ number: '+49407654321' }))).toBe('NOT_FOUND');
    await t.dataSource
      .getRepository(PhoneNumber)
      .save({ companyId: a.id, branchId: branchA.id, number: '+49407654321' });
    expect((await resolve({ number: '+49407654321' })).company.id).toBe(a.id);
  });

  it('upsert_customer: concurrent calls for one number make one row; another company gets its own', async () => {
    const upsert = (params: object, company = a) =>
      orchestrator.execute<{ customer: { id: string; name: string | null; phone: string }; created: boolean }>(
        'directory',
        'upsert_customer',
        params,
        { principal: adminOf(company) },
      );
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => upsert({ phone: i % 2 ? '0151 12345678' : '+4915112345678', name: 'Eva' })),
    );
    expect(new Set(results.map((r) => r.customer.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0].customer.phone).toBe('+4915112345678');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM customers WHERE company_id = $1`, [
      a.id,
    ]);
    expect(count).toBe(1);
    // Omitted fields keep their value; given ones update.
    const updated = await upsert({ phone: '+4915112345678', email: 'Eva@Example.com' });
    expect(updated).toMatchObject({ created: false, customer: { name: 'Eva', email: 'eva@example.com' } });

    const other = await upsert({ phone: '+4915112345678' }, b);
    expect(other.created).toBe(true);
    expect(other.customer.id).not.toBe(results[0].customer.id);

    const found = await orchestrator.execute<{ customer: { id: string } | null }>(
      'directory',
      'find_customer',
      { phone: '0151 12345678' },
      { principal: adminOf(a) },
    );
    expect(found.customer?.id).toBe(results[0].customer.id);
    const none = await orchestrator.execute<{ customer: unknown }>(
      'directory',
      'find_customer',
      { phone: '+4915199999999' },
      { principal: adminOf(a) },
    );
    expect(none.customer).toBeNull();
    // Ops may read but not write.
    const ops: ToolPrincipal = { kind: 'user', id: 'ops', role: 'ops', companyId: null };
    expect(
      await codeOf(
        orchestrator.execute(
          'directory',
          'upsert_customer',
          { phone: '+4915112345678' },
          {
            principal: ops,
            companyId: a.id,
          },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('list_appointments and call_stats see only the own company', async () => {
    const [cust] = await t.dataSource.query(`SELECT id FROM customers WHERE company_id = $1`, [a.id]);
    const [custB] = await t.dataSource.query(`SELECT id FROM customers WHERE company_id = $1`, [b.id]);
    const calls = await t.dataSource.query(
      `INSERT INTO calls (company_id, retell_call_id, status, started_at, duration_seconds) VALUES
        ($1, 'c1', 'ended', now() - interval '1 hour', 120),
        ($1, 'c2', 'ended', now() - interval '2 hours', 60),
        ($1, 'c3', 'error', now() - interval '3 hours', NULL),
        ($2, 'c4', 'ended', now() - interval '1 hour', 999)
       RETURNING id`,
      [a.id, b.id],
    );
    await t.dataSource.query(
      `INSERT INTO appointments (company_id, branch_id, customer_id, call_id, calcom_event_type_id, idempotency_key,
         starts_at, ends_at, status) VALUES
        ($1, $3, $4, $6, 1, 'k1', '2026-12-01T09:00:00Z', '2026-12-01T09:30:00Z', 'booked'),
        ($1, $3, NULL, $7, 1, 'k2', '2026-12-02T09:00:00Z', '2026-12-02T09:30:00Z', 'cancelled'),
        ($2, NULL, $5, $8, 1, 'k3', '2026-12-01T10:00:00Z', '2026-12-01T10:30:00Z', 'booked')`,
      [a.id, b.id, branchA.id, cust.id, custB.id, calls[0].id, calls[1].id, calls[3].id],
    );
    const list = (params: object, company = a) =>
      orchestrator.execute<{ items: { status: string; customer: { phone: string } | null }[] }>(
        'directory',
        'list_appointments',
        params,
        { principal: adminOf(company) },
      );
    expect((await list({})).items.map((i) => i.status)).toEqual(['booked', 'cancelled']);
    expect((await list({ phone: '0151 12345678' })).items).toHaveLength(1);
    expect((await list({ from: '2026-12-02T00:00:00Z' })).items.map((i) => i.status)).toEqual(['cancelled']);
    expect((await list({}, b)).items).toHaveLength(1);

    const stats = await orchestrator.execute<Record<string, number>>(
      'directory',
      'call_stats',
      {},
      {
        principal: adminOf(a),
      },
    );
    expect(stats).toMatchObject({
      total: 3,
      ended: 2,
      failed: 1,
      totalDurationSeconds: 180,
      averageDurationSeconds: 90,
      booked: 1,
      bookedShare: 0.333,
    });
  });
});
