import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { apiAs, auditEntriesOf, seedApiKey, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('services and staff (e2e)', () => {
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
  const fields = (res: request.Response) => [
    ...new Set(res.body.error.details.map((d: { field: string }) => d.field).sort()),
  ];

  beforeAll(async () => {
    t = await startTestApp();
    ({ su, a, b, adminA, ops, branchA, branchB } = await seedTwoTenants(t));
  });
  afterAll(() => t.close());

  describe('services', () => {
    const base = () => `/api/companies/${a.id}/services`;

    it('creates, reads, lists, updates and hard-deletes, auditing each change', async () => {
      const created = await api(adminA)
        .post(base(), {
          name: 'Zahnreinigung',
          durationMinutes: 45,
          priceCents: 8900,
          calcomEventTypeId: 4711,
          keywords: ['reinigung', 'prophylaxe'],
          branchId: branchA,
        })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        companyId: a.id,
        branchId: branchA,
        name: 'Zahnreinigung',
        durationMinutes: 45,
        priceCents: 8900,
        calcomEventTypeId: 4711,
        keywords: ['reinigung', 'prophylaxe'],
        isActive: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const id = created.body.id;
      const minimal = await api(adminA).post(base(), { name: 'Beratung', durationMinutes: 15 }).expect(201);
      expect(minimal.body).toMatchObject({ priceCents: null, calcomEventTypeId: null, keywords: [], branchId: null });

      expect((await api(adminA).get(`${base()}/${id}`).expect(200)).body.name).toBe('Zahnreinigung');
      const list = await api(adminA).get(`${base()}?pageSize=1`).expect(200);
      expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
      expect(list.body.items.map((s: { name: string }) => s.name)).toEqual(['Beratung']);

      const updated = await api(adminA)
        .patch(`${base()}/${id}`, { durationMinutes: 60, priceCents: null, branchId: null, isActive: false })
        .expect(200);
      expect(updated.body).toMatchObject({ durationMinutes: 60, priceCents: null, branchId: null, isActive: false });
      expect(updated.body.keywords).toEqual(['reinigung', 'prophylaxe']);

      await api(adminA).del(`${base()}/${id}`).expect(204);
      await api(adminA).get(`${base()}/${id}`).expect(404);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM services WHERE id = $1`, [id]);
      expect(row.n).toBe(0);

      const entries = await auditOf(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'service.create',
        'service.update',
        'service.delete',
      ]);
      expect(entries[0]).toMatchObject({ target_type: 'service', company_id: a.id, actor_label: 'admin@a.test' });
      expect(entries[0].before).toBeNull();
      expect(entries[1].before).toMatchObject({ durationMinutes: 45, priceCents: 8900 });
      expect(entries[1].after).toMatchObject({ durationMinutes: 60, priceCents: null });
      expect(entries[2].before).toMatchObject({ name: 'Zahnreinigung' });
      expect(entries[2].after).toBeNull();
    });

    it('rejects invalid input with 400 naming each field, including unknown fields and nulls for required ones', async () => {
      const bad = await api(adminA)
        .post(base(), {
          name: '',
          durationMinutes: 4,
          priceCents: -1,
          calcomEventTypeId: 'x',
          keywords: ['ok', 'x'.repeat(65)],
          branchId: 'not-a-uuid',
          isActive: null,
          colour: 'red',
        })
        .expect(400);
      expect(bad.body.error.code).toBe('INVALID_INPUT');
      expect(fields(bad)).toEqual([
        'branchId',
        'calcomEventTypeId',
        'colour',
        'durationMinutes',
        'isActive',
        'keywords',
        'name',
        'priceCents',
      ]);
      const tooLong = await api(adminA)
        .post(base(), { name: 'x', durationMinutes: 601, keywords: Array.from({ length: 51 }, (_, i) => `k${i}`) })
        .expect(400);
      expect(fields(tooLong)).toEqual(['durationMinutes', 'keywords']);
      await api(adminA).post(base(), { durationMinutes: 30 }).expect(400);

      const id = (await api(adminA).post(base(), { name: 'Kontrolle', durationMinutes: 20 }).expect(201)).body.id;
      const nulls = await api(adminA).patch(`${base()}/${id}`, { name: null, keywords: null }).expect(400);
      expect(fields(nulls)).toEqual(['keywords', 'name']);
      await api(adminA).get(`${base()}/not-a-uuid`).expect(400);
    });

    it('a branch of another company is a 400 naming branchId, on create and update', async () => {
      const res = await api(adminA).post(base(), { name: 'Fremd', durationMinutes: 30, branchId: branchB }).expect(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'branchId', rule: 'branchOfCompany' })]);
      const id = (await api(adminA).post(base(), { name: 'Eigen', durationMinutes: 30 }).expect(201)).body.id;
      await api(adminA).patch(`${base()}/${id}`, { branchId: branchB }).expect(400);
      expect((await api(adminA).get(`${base()}/${id}`).expect(200)).body.branchId).toBeNull();
    });

    it('ops reads but cannot edit; company admins stay in their company; objects of B are 404 under A', async () => {
      const id = (await api(adminA).post(base(), { name: 'Rollen', durationMinutes: 30 }).expect(201)).body.id;
      const other = (
        await api(su).post(`/api/companies/${b.id}/services`, { name: 'B-Service', durationMinutes: 30 }).expect(201)
      ).body.id;
      await api(ops).get(base()).expect(200);
      await api(ops).get(`${base()}/${id}`).expect(200);
      expect((await api(ops).post(base(), { name: 'x', durationMinutes: 30 }).expect(403)).body.error.code).toBe(
        'FORBIDDEN',
      );
      await api(ops).patch(`${base()}/${id}`, { name: 'x' }).expect(403);
      await api(ops).del(`${base()}/${id}`).expect(403);

      await api(adminA).get(`/api/companies/${b.id}/services`).expect(403);
      await api(adminA).get(`/api/companies/${b.id}/services/${other}`).expect(403);
      await api(adminA).post(`/api/companies/${b.id}/services`, { name: 'x', durationMinutes: 30 }).expect(403);
      await api(adminA).get(`${base()}/${other}`).expect(404);
      await api(adminA).patch(`${base()}/${other}`, { name: 'Hijack' }).expect(404);
      await api(adminA).del(`${base()}/${other}`).expect(404);
      expect((await api(su).get(`/api/companies/${b.id}/services/${other}`).expect(200)).body.name).toBe('B-Service');

      // Only the service named "Rollen" changed, and only its own create was audited.
      expect((await auditOf(id)).map((e: { action: string }) => e.action)).toEqual(['service.create']);
    });

    it('an admin-scoped API key edits its company; a voice-only key cannot use the REST API', async () => {
      const admin = await seedApiKey(t, a.id, ['admin']);
      const voice = await seedApiKey(t, a.id, ['voice']);
      const res = await request(t.url)
        .post(base())
        .auth(admin, { type: 'bearer' })
        .send({ name: 'Per Schlüssel', durationMinutes: 30 })
        .expect(201);
      expect((await auditOf(res.body.id))[0]).toMatchObject({ action: 'service.create', actor_label: 'test key' });
      await request(t.url).get(base()).auth(voice, { type: 'bearer' }).expect(403);
    });
  });

  describe('staff', () => {
    const base = () => `/api/companies/${a.id}/staff`;

    it('creates, reads, lists, updates and hard-deletes, auditing each change', async () => {
      const created = await api(adminA)
        .post(base(), {
          name: 'Dr. Anna Berg',
          email: 'anna@praxis.test',
          branchId: branchA,
          calcomUsername: 'anna-berg',
          calcomEventTypeId: 12,
        })
        .expect(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        companyId: a.id,
        branchId: branchA,
        name: 'Dr. Anna Berg',
        email: 'anna@praxis.test',
        calcomUsername: 'anna-berg',
        calcomEventTypeId: 12,
        isBookable: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const id = created.body.id;
      await api(su).post(base(), { name: 'Bernd' }).expect(201);
      const list = await api(ops).get(base()).expect(200);
      expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(list.body.items.map((s: { name: string }) => s.name)).toEqual(['Bernd', 'Dr. Anna Berg']);

      const updated = await api(adminA)
        .patch(`${base()}/${id}`, { isBookable: false, email: null, calcomUsername: 'a-berg' })
        .expect(200);
      expect(updated.body).toMatchObject({ isBookable: false, email: null, calcomUsername: 'a-berg' });
      expect((await api(adminA).get(`${base()}/${id}`).expect(200)).body.isBookable).toBe(false);

      await api(adminA).del(`${base()}/${id}`).expect(204);
      await api(adminA).get(`${base()}/${id}`).expect(404);
      await api(adminA).del(`${base()}/${id}`).expect(404);

      const entries = await auditOf(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual([
        'staff.create',
        'staff.update',
        'staff.delete',
      ]);
      expect(entries[1].before).toMatchObject({ isBookable: true, email: 'anna@praxis.test' });
      expect(entries[1].after).toMatchObject({ isBookable: false, email: null });
    });

    it('rejects invalid input naming the fields, and a branch of another company', async () => {
      const bad = await api(adminA)
        .post(base(), { name: 'x'.repeat(201), email: 'nope', calcomEventTypeId: 0, isBookable: 'yes', role: 'x' })
        .expect(400);
      expect(fields(bad)).toEqual(['calcomEventTypeId', 'email', 'isBookable', 'name', 'role']);
      const foreign = await api(adminA).post(base(), { name: 'Fremd', branchId: branchB }).expect(400);
      expect(foreign.body.error.details).toEqual([expect.objectContaining({ field: 'branchId' })]);
    });

    it('ops reads but cannot edit; B is 403 for A, and B objects are 404 under A', async () => {
      const other = (await api(su).post(`/api/companies/${b.id}/staff`, { name: 'Carla' }).expect(201)).body.id;
      const own = (await api(adminA).post(base(), { name: 'Dora' }).expect(201)).body.id;
      await api(ops).get(`/api/companies/${b.id}/staff/${other}`).expect(200);
      await api(ops).post(base(), { name: 'x' }).expect(403);
      await api(ops).patch(`${base()}/${own}`, { name: 'x' }).expect(403);
      await api(ops).del(`${base()}/${own}`).expect(403);
      await api(adminA).get(`/api/companies/${b.id}/staff`).expect(403);
      await api(adminA).del(`/api/companies/${b.id}/staff/${other}`).expect(403);
      await api(adminA).get(`${base()}/${other}`).expect(404);
      await api(adminA).patch(`${base()}/${other}`, { name: 'x' }).expect(404);
      await api(adminA).del(`${base()}/${other}`).expect(404);
      expect((await api(su).get(`/api/companies/${b.id}/staff/${other}`).expect(200)).body.name).toBe('Carla');
    });
  });
});
