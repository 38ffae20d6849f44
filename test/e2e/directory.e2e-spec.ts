import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';
import { apiAs, auditEntriesOf, login, seedApiKey, seedCompany, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

describe('companies, branches and phone numbers (e2e)', () => {
  let t: TestApp;
  let su: string;
  let ops: string;
  let adminA: string;
  let a: Company;
  let b: Company;
  let branchA: string;
  let branchB: string;

  const api = (token: string) => apiAs(t, token);
  const auditOf = (targetId: string) => auditEntriesOf(t, targetId);

  beforeAll(async () => {
    t = await startTestApp();
    ({ su, a, b, adminA, ops, branchA, branchB } = await seedTwoTenants(t));
  });
  afterAll(() => t.close());

  describe('companies', () => {
    it('super admin creates with defaults and validation; others may not create', async () => {
      const res = await api(su)
        .post('/api/companies', { name: 'Salon Wien', country: 'AT', timezone: 'Europe/Vienna' })
        .expect(201);
      expect(res.body).toMatchObject({
        name: 'Salon Wien',
        country: 'AT',
        timezone: 'Europe/Vienna',
        locale: 'de',
        settings: { bookingBufferMinutes: 15, maxAdvanceDays: 60, lowBalanceThresholdCents: 1000, retentionDays: 90 },
        billing: { ratePerMinuteCents: 42, billingIncrementSeconds: 60 },
        balanceCents: 0,
      });
      const bad = await api(su)
        .post('/api/companies', { name: '', timezone: 'Mars/Olympus', country: 'XX', extra: 1 })
        .expect(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'country',
        'extra',
        'name',
        'timezone',
      ]);
      await api(adminA).post('/api/companies', { name: 'Nope' }).expect(403);
      await api(ops).post('/api/companies', { name: 'Nope' }).expect(403);
      const [entry] = await auditOf(res.body.id);
      expect(entry).toMatchObject({ action: 'company.create', actor_label: TEST_ADMIN.email });
    });

    it('a company admin edits its own company but not its billing; ops cannot edit', async () => {
      const res = await api(adminA)
        .patch(`/api/companies/${a.id}`, { name: 'Praxis A+', settings: { retentionDays: 30 } })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Praxis A+', settings: { retentionDays: 30, maxAdvanceDays: 60 } });
      const billing = await api(adminA)
        .patch(`/api/companies/${a.id}`, { billing: { ratePerMinuteCents: 1 } })
        .expect(403);
      expect(billing.body.error.details[0].field).toBe('billing');
      await api(adminA).patch(`/api/companies/${b.id}`, { name: 'Hijack' }).expect(403);
      await api(ops).patch(`/api/companies/${a.id}`, { name: 'Ops edit' }).expect(403);
      await api(su)
        .patch(`/api/companies/${a.id}`, { billing: { ratePerMinuteCents: 39 } })
        .expect(200);
      const entries = await auditOf(a.id);
      const update = entries.find((e: { action: string }) => e.action === 'company.update');
      expect(update.before.name).toBe('Praxis A');
      expect(update.after.name).toBe('Praxis A+');
    });

    it('delete is soft: numbers and keys stop at once, numbers can be registered again, last page 404s', async () => {
      const c = (await api(su).post('/api/companies', { name: 'Kurzlebig' }).expect(201)).body;
      await api(su).post(`/api/companies/${c.id}/branches`, { name: 'Einzige' }).expect(201);
      await api(su).post(`/api/companies/${c.id}/phone-numbers`, { number: '+49 40 5556667' }).expect(201);
      const key = await seedApiKey(t, c.id, ['admin']);
      await request(t.url).get('/api/auth/me').auth(key, { type: 'bearer' }).expect(200);
      await api(adminA).del(`/api/companies/${c.id}`).expect(403);
      await api(su).del(`/api/companies/${c.id}`).expect(204);
      await request(t.url).get('/api/auth/me').auth(key, { type: 'bearer' }).expect(401);
      await api(su).get(`/api/companies/${c.id}`).expect(404);
      await api(su).get(`/api/companies/${c.id}/branches`).expect(404);
      await api(adminA).post(`/api/companies/${a.id}/phone-numbers`, { number: '040 5556667' }).expect(201);
      const [row] = await t.dataSource.query(`SELECT deleted_at FROM companies WHERE id = $1`, [c.id]);
      expect(row.deleted_at).not.toBeNull();
    });
  });

  describe('branches', () => {
    it('CRUD with the company time zone as default and validated business hours', async () => {
      const created = await api(adminA)
        .post(`/api/companies/${a.id}/branches`, {
          name: 'Süd',
          businessHours: {
            mon: [
              ['08:00', '12:00'],
              ['13:00', '18:00'],
            ],
          },
          specialDays: [{ date: '2026-12-24', intervals: [], note: 'Heiligabend' }],
          calcomEventTypeId: 4711,
          retellAgentId: 'agent_sued',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        companyId: a.id,
        timezone: 'Europe/Berlin',
        calcomEventTypeId: 4711,
        isActive: true,
      });
      const id = created.body.id;
      expect((await api(adminA).get(`/api/companies/${a.id}/branches/${id}`).expect(200)).body.name).toBe('Süd');
      const list = await api(ops).get(`/api/companies/${a.id}/branches`).expect(200);
      expect(list.body.total).toBe(2);
      await api(adminA)
        .patch(`/api/companies/${a.id}/branches/${id}`, { name: 'Süd-West', isActive: false })
        .expect(200);
      const invalid = await api(adminA)
        .patch(`/api/companies/${a.id}/branches/${id}`, {
          businessHours: { mon: [['18:00', '08:00']], someday: [] },
          timezone: 'Nowhere',
        })
        .expect(400);
      expect(invalid.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'businessHours',
        'timezone',
      ]);
      await api(ops).patch(`/api/companies/${a.id}/branches/${id}`, { name: 'x' }).expect(403);
      await api(adminA).del(`/api/companies/${a.id}/branches/${id}`).expect(204);
      await api(adminA).get(`/api/companies/${a.id}/branches/${id}`).expect(404);
      expect((await auditOf(id)).map((e: { action: string }) => e.action)).toEqual([
        'branch.create',
        'branch.update',
        'branch.delete',
      ]);
    });

    it('refuses to delete the last branch with 409', async () => {
      const res = await api(su).del(`/api/companies/${b.id}/branches/${branchB}`).expect(409);
      expect(res.body.error.code).toBe('CONFLICT');
    });

    it("404 for another company's branch under one's own company; 403 for another company", async () => {
      await api(adminA).get(`/api/companies/${a.id}/branches/${branchB}`).expect(404);
      await api(adminA).patch(`/api/companies/${a.id}/branches/${branchB}`, { name: 'x' }).expect(404);
      await api(adminA).del(`/api/companies/${a.id}/branches/${branchB}`).expect(404);
      await api(adminA).get(`/api/companies/${b.id}/branches`).expect(403);
      await api(adminA).post(`/api/companies/${b.id}/branches`, { name: 'x' }).expect(403);
    });

    it('a Retell agent id of another company is a 409', async () => {
      await api(su).patch(`/api/companies/${b.id}/branches/${branchB}`, { retellAgentId: 'agent_b' }).expect(200);
      const res = await api(adminA)
        .post(`/api/companies/${a.id}/branches`, { name: 'Klau', retellAgentId: 'agent_b' })
        .expect(409);
      expect(res.body.error.details[0].field).toBe('retellAgentId');
      await api(adminA)
        .post(`/api/companies/${a.id}/phone-numbers`, { number: '+4930999888', retellAgentId: 'agent_b' })
        .expect(409);
    });
  });

  describe('phone numbers', () => {
    it('normalises any format to E.164 with the company country and refuses duplicates in any company', async () => {
      const res = await api(adminA)
        .post(`/api/companies/${a.id}/phone-numbers`, { number: '030 1234567', branchId: branchA, label: 'Empfang' })
        .expect(201);
      expect(res.body).toMatchObject({ number: '+49301234567', branchId: branchA, label: 'Empfang', isActive: true });
      for (const same of ['+49 30 1234567', '0049301234567']) {
        const dup = await api(su).post(`/api/companies/${b.id}/phone-numbers`, { number: same }).expect(409);
        expect(dup.body.error.details[0]).toMatchObject({ field: 'number', rule: 'unique' });
      }
      const list = await api(adminA).get(`/api/companies/${a.id}/phone-numbers`).expect(200);
      expect(list.body.items.map((n: { number: string }) => n.number)).toContain('+49301234567');
      expect((await auditOf(res.body.id))[0]).toMatchObject({
        action: 'phone_number.create',
        after: expect.objectContaining({ number: '+49301234567' }),
      });
    });

    it('refuses an invalid number naming the field, and a branch of another company', async () => {
      const invalid = await api(adminA).post(`/api/companies/${a.id}/phone-numbers`, { number: '12345' }).expect(400);
      expect(invalid.body.error.details).toEqual([expect.objectContaining({ field: 'number', rule: 'isPhoneNumber' })]);
      const foreign = await api(adminA)
        .post(`/api/companies/${a.id}/phone-numbers`, { number: '+49301112223', branchId: branchB })
        .expect(400);
      expect(foreign.body.error.details).toEqual([
        expect.objectContaining({ field: 'branchId', rule: 'branchOfCompany' }),
      ]);
      await api(adminA)
        .post(`/api/companies/${a.id}/phone-numbers`, { number: "030'; DROP TABLE phone_numbers;--" })
        .expect(400);
    });

    it('updates, moves between branches, deletes, and frees the number for re-registration', async () => {
      const n = (
        await api(adminA).post(`/api/companies/${a.id}/phone-numbers`, { number: '+49 89 7654321' }).expect(201)
      ).body;
      const second = (await api(adminA).post(`/api/companies/${a.id}/branches`, { name: 'Zweite' }).expect(201)).body
        .id;
      const moved = await api(adminA)
        .patch(`/api/companies/${a.id}/phone-numbers/${n.id}`, { branchId: second, number: '089 7654322' })
        .expect(200);
      expect(moved.body).toMatchObject({ branchId: second, number: '+49897654322' });
      await api(adminA).patch(`/api/companies/${b.id}/phone-numbers/${n.id}`, { label: 'x' }).expect(403);
      await api(su).patch(`/api/companies/${b.id}/phone-numbers/${n.id}`, { label: 'x' }).expect(404);
      await api(adminA).del(`/api/companies/${a.id}/phone-numbers/${n.id}`).expect(204);
      await api(su).post(`/api/companies/${b.id}/phone-numbers`, { number: '+49897654322' }).expect(201);
    });

    it('with an admin-scoped API key, works like a company admin of its company', async () => {
      const key = await seedApiKey(t, a.id, ['admin']);
      await request(t.url).get(`/api/companies/${a.id}/phone-numbers`).auth(key, { type: 'bearer' }).expect(200);
      await request(t.url).get(`/api/companies/${b.id}/phone-numbers`).auth(key, { type: 'bearer' }).expect(403);
    });
  });
});

describe('tenant resolution stays fresh after admin changes (e2e)', () => {
  it('a branch rename, a number move and a deleted number reach resolve_phone_number at once', async () => {
    const t = await startTestApp();
    try {
      const su = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
      const company = await seedCompany(t.dataSource, 'Frisch GmbH');
      const api = apiAs(t, su);
      const base = `/api/companies/${company.id}`;
      const one = (await api.post(`${base}/branches`, { name: 'Alt' }).expect(201)).body.id;
      const two = (await api.post(`${base}/branches`, { name: 'Zwei' }).expect(201)).body.id;
      const number = (await api.post(`${base}/phone-numbers`, { number: '030 7654321', branchId: one }).expect(201))
        .body;
      const resolve = () =>
        t.app.get(McpOrchestrator).execute<{ branch: { id: string; name: string } }>(
          'directory',
          'resolve_phone_number',
          { number: '+49307654321' },
          {
            principal: SYSTEM_PRINCIPAL,
          },
        );
      expect((await resolve()).branch.name).toBe('Alt'); // now cached
      await api.patch(`${base}/branches/${one}`, { name: 'Neu' }).expect(200);
      expect((await resolve()).branch.name).toBe('Neu');
      await api.patch(`${base}/phone-numbers/${number.id}`, { branchId: two }).expect(200);
      expect((await resolve()).branch.id).toBe(two);
      await api.del(`${base}/phone-numbers/${number.id}`).expect(204);
      await expect(resolve()).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await t.close();
    }
  });
});
