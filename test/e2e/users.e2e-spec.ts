import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { apiAs, auditEntriesOf, errorFields, login, seedApiKey, seedCompany, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('users (e2e)', () => {
  let t: TestApp;
  let su: string;
  let suId: string;
  let ops: string;
  let adminA: string;
  let adminAId: string;
  let a: Company;
  let b: Company;

  const api = (token: string) => apiAs(t, token);
  const auditOf = (targetId: string) => auditEntriesOf(t, targetId);
  const fields = errorFields;
  const USER_KEYS = ['companyId', 'createdAt', 'email', 'id', 'isActive', 'lastLoginAt', 'role'];

  beforeAll(async () => {
    t = await startTestApp();
    ({ su, a, b, adminA, adminAId, ops } = await seedTwoTenants(t));
    suId = (await api(su).get('/api/auth/me').expect(200)).body.id;
  });
  afterAll(() => t.close());

  describe('/api/users (super admins)', () => {
    it('creates a user with a lower-cased e-mail, without exposing or auditing the password', async () => {
      const password = 'a-secret-password-1';
      const res = await api(su)
        .post('/api/users', { email: 'Clara@A.Test', password, role: 'company_admin', companyId: a.id })
        .expect(201);
      expect(Object.keys(res.body).sort()).toEqual(USER_KEYS);
      expect(res.body).toMatchObject({
        email: 'clara@a.test',
        role: 'company_admin',
        companyId: a.id,
        isActive: true,
        lastLoginAt: null,
      });
      const [entry] = await auditOf(res.body.id);
      expect(entry).toMatchObject({ action: 'user.create', target_type: 'user', company_id: a.id });
      expect(entry.after).toMatchObject({ email: 'clara@a.test' });
      const stored = JSON.stringify(entry);
      expect(stored).not.toContain(password);
      expect(stored).not.toContain('argon2');
      expect(stored).not.toMatch(/hash/i);

      const session = await login(t, 'clara@a.test', password);
      const me = await api(session.token).get('/api/auth/me').expect(200);
      expect(me.body).toMatchObject({ role: 'company_admin', companyId: a.id });
      const listed = await api(su).get(`/api/users?companyId=${a.id}`).expect(200);
      expect(JSON.stringify(listed.body)).not.toMatch(/password|hash/i);
    });

    it('refuses a duplicate e-mail in any case with 409 naming email', async () => {
      const res = await api(su)
        .post('/api/users', { email: 'OPS@x.test', password: 'another-password', role: 'ops' })
        .expect(409);
      expect(res.body.error).toMatchObject({
        code: 'CONFLICT',
        details: [expect.objectContaining({ field: 'email' })],
      });
    });

    it('validates the fields and the role/company rule with 400 naming companyId', async () => {
      const bad = await api(su)
        .post('/api/users', { email: 'no-email', password: 'short', role: 'root', companyId: 'x', extra: true })
        .expect(400);
      expect(fields(bad)).toEqual(['companyId', 'email', 'extra', 'password', 'role']);

      const cases = [
        { role: 'company_admin' },
        { role: 'company_admin', companyId: '00000000-0000-4000-8000-000000000000' },
        { role: 'ops', companyId: a.id },
        { role: 'super_admin', companyId: a.id },
      ];
      for (const input of cases) {
        const res = await api(su)
          .post('/api/users', { email: 'rule@x.test', password: 'long-enough-password', ...input })
          .expect(400);
        expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'companyId' })]);
      }
      const gone = await seedCompany(t.dataSource, 'Gelöscht');
      await t.dataSource.getRepository(Company).softDelete(gone.id);
      const deleted = await api(su)
        .post('/api/users', {
          email: 'rule@x.test',
          password: 'long-enough-password',
          role: 'company_admin',
          companyId: gone.id,
        })
        .expect(400);
      expect(deleted.body.error.details).toEqual([
        expect.objectContaining({ field: 'companyId', rule: 'liveCompany' }),
      ]);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'rule@x.test'`);
      expect(row.n).toBe(0);
    });

    it('lists paged, filtered by role and company', async () => {
      const all = await api(su).get('/api/users?pageSize=2').expect(200);
      expect(all.body).toMatchObject({ page: 1, pageSize: 2 });
      expect(all.body.items).toHaveLength(2);
      expect(all.body.total).toBeGreaterThanOrEqual(4);
      const byRole = await api(su).get('/api/users?role=ops').expect(200);
      expect(byRole.body.items.map((u: { email: string }) => u.email)).toEqual(['ops@x.test']);
      const byCompany = await api(su).get(`/api/users?companyId=${a.id}&role=company_admin`).expect(200);
      expect(byCompany.body.items.map((u: { email: string }) => u.email)).toEqual(['admin@a.test', 'clara@a.test']);
      await api(su).get(`/api/users?companyId=${b.id}`).expect(200, { items: [], total: 0, page: 1, pageSize: 20 });
      await api(su).get('/api/users?role=root').expect(400);
    });

    it('changes role and company, clearing the company when leaving company_admin', async () => {
      const id = (
        await api(su)
          .post('/api/users', {
            email: 'dora@x.test',
            password: 'dora-password-1',
            role: 'company_admin',
            companyId: a.id,
          })
          .expect(201)
      ).body.id;
      const moved = await api(su).patch(`/api/users/${id}`, { companyId: b.id }).expect(200);
      expect(moved.body).toMatchObject({ role: 'company_admin', companyId: b.id });
      const toOps = await api(su).patch(`/api/users/${id}`, { role: 'ops' }).expect(200);
      expect(toOps.body).toMatchObject({ role: 'ops', companyId: null });
      const noCompany = await api(su).patch(`/api/users/${id}`, { role: 'company_admin' }).expect(400);
      expect(noCompany.body.error.details[0].field).toBe('companyId');
      await api(su).patch(`/api/users/${id}`, { role: null }).expect(400);
      await api(su).patch(`/api/users/${id}`, { email: 'new@x.test' }).expect(400);
      await api(su).patch('/api/users/00000000-0000-4000-8000-000000000000', { isActive: false }).expect(404);
      const entries = await auditOf(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual(['user.create', 'user.update', 'user.update']);
      expect(entries[2]).toMatchObject({ before: { role: 'company_admin' }, after: { role: 'ops', companyId: null } });
    });

    it('a new password signs the user out everywhere, and is masked in the audit log', async () => {
      const id = (
        await api(su).post('/api/users', { email: 'emil@x.test', password: 'emil-password-1', role: 'ops' }).expect(201)
      ).body.id;
      const old = await login(t, 'emil@x.test', 'emil-password-1');
      await api(su).patch(`/api/users/${id}`, { password: 'short' }).expect(400);
      await api(old.token).get('/api/auth/me').expect(200);
      await api(su).patch(`/api/users/${id}`, { password: 'emil-password-2' }).expect(200);
      await api(old.token).get('/api/auth/me').expect(401);
      await request(t.url).post('/api/auth/refresh').set('Cookie', old.cookie).expect(401);
      await request(t.url)
        .post('/api/auth/login')
        .send({ email: 'emil@x.test', password: 'emil-password-1' })
        .expect(401);
      const fresh = await login(t, 'emil@x.test', 'emil-password-2');
      await api(fresh.token).get('/api/auth/me').expect(200);
      const update = (await auditOf(id)).find((e: { action: string }) => e.action === 'user.update');
      expect(update.after.password).toBe('[masked]');
      expect(JSON.stringify(update)).not.toContain('emil-password-2');
      expect(JSON.stringify(update)).not.toContain('argon2');
    });

    it('deactivating stops sign-in and existing tokens; reactivating allows signing in again', async () => {
      const id = (
        await api(su).post('/api/users', { email: 'finn@x.test', password: 'finn-password-1', role: 'ops' }).expect(201)
      ).body.id;
      const session = await login(t, 'finn@x.test', 'finn-password-1');
      const res = await api(su).patch(`/api/users/${id}`, { isActive: false }).expect(200);
      expect(res.body.isActive).toBe(false);
      await api(session.token).get('/api/auth/me').expect(401);
      await request(t.url).post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
      await request(t.url)
        .post('/api/auth/login')
        .send({ email: 'finn@x.test', password: 'finn-password-1' })
        .expect(401);
      await api(su).patch(`/api/users/${id}`, { isActive: true }).expect(200);
      await login(t, 'finn@x.test', 'finn-password-1');
    });

    it('a super admin cannot delete, deactivate or demote themselves (409)', async () => {
      for (const body of [{ isActive: false }, { role: 'ops' }]) {
        const res = await api(su).patch(`/api/users/${suId}`, body).expect(409);
        expect(res.body.error.code).toBe('CONFLICT');
      }
      await api(su).del(`/api/users/${suId}`).expect(409);
      await api(su).get('/api/auth/me').expect(200);
      expect(await auditOf(suId)).toEqual([]);
    });

    it('deletes hard, with an audit entry', async () => {
      const id = (
        await api(su).post('/api/users', { email: 'gone@x.test', password: 'gone-password-1', role: 'ops' }).expect(201)
      ).body.id;
      const session = await login(t, 'gone@x.test', 'gone-password-1');
      await api(su).del(`/api/users/${id}`).expect(204);
      await api(su).del(`/api/users/${id}`).expect(404);
      await api(session.token).get('/api/auth/me').expect(401);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [id]);
      expect(row.n).toBe(0);
      const entries = await auditOf(id);
      expect(entries.map((e: { action: string }) => e.action)).toEqual(['user.create', 'user.delete']);
      expect(entries[1]).toMatchObject({ before: { email: 'gone@x.test' }, after: null });
    });

    it('is for super admins only: company admins, ops and API keys get 403', async () => {
      const key = await seedApiKey(t, a.id, ['admin']);
      for (const token of [adminA, ops, key]) {
        await api(token).get('/api/users').expect(403);
        await api(token).post('/api/users', { email: 'x@x.test', password: 'long-enough-pw', role: 'ops' }).expect(403);
        await api(token).patch(`/api/users/${adminAId}`, { isActive: false }).expect(403);
        await api(token).del(`/api/users/${adminAId}`).expect(403);
      }
      await api(adminA).get('/api/auth/me').expect(200);
    });
  });

  describe('/api/companies/:companyId/users (company admins)', () => {
    const base = () => `/api/companies/${a.id}/users`;

    it('a company admin lists and adds colleagues, always company admins of its own company', async () => {
      const res = await api(adminA).post(base(), { email: 'Hanna@A.test', password: 'hanna-password-1' }).expect(201);
      expect(Object.keys(res.body).sort()).toEqual(USER_KEYS);
      expect(res.body).toMatchObject({ email: 'hanna@a.test', role: 'company_admin', companyId: a.id });
      const bad = await api(adminA)
        .post(base(), { email: 'ida@a.test', password: 'ida-password-1', role: 'super_admin', companyId: b.id })
        .expect(400);
      expect(fields(bad)).toEqual(['companyId', 'role']);
      await api(adminA).post(base(), { email: 'HANNA@a.test', password: 'hanna-password-1' }).expect(409);

      const list = await api(adminA).get(base()).expect(200);
      expect(list.body.items.map((u: { email: string }) => u.email)).toEqual([
        'admin@a.test',
        'clara@a.test',
        'hanna@a.test',
      ]);
      expect(list.body.total).toBe(3);
      const [entry] = await auditOf(res.body.id);
      expect(entry).toMatchObject({ action: 'user.create', actor_label: 'admin@a.test', company_id: a.id });
      expect(JSON.stringify(entry)).not.toContain('hanna-password-1');
      await login(t, 'hanna@a.test', 'hanna-password-1');
    });

    it('deletes only company admins of that company (else 404), never oneself (409)', async () => {
      const colleague = (
        await api(adminA).post(base(), { email: 'jan@a.test', password: 'jan-password-1' }).expect(201)
      ).body.id;
      const adminB = (
        await api(su)
          .post(`/api/companies/${b.id}/users`, { email: 'admin@b.test', password: 'admin-b-password' })
          .expect(201)
      ).body.id;
      const opsId = (await api(su).get('/api/users?role=ops').expect(200)).body.items[0].id;

      await api(adminA).del(`${base()}/${adminB}`).expect(404);
      await api(adminA).del(`${base()}/${opsId}`).expect(404);
      await api(adminA).del(`${base()}/${suId}`).expect(404);
      expect((await api(adminA).del(`${base()}/${adminAId}`).expect(409)).body.error.code).toBe('CONFLICT');
      await api(adminA).del(`${base()}/${colleague}`).expect(204);
      await api(adminA).del(`${base()}/${colleague}`).expect(404);
      expect((await auditOf(colleague)).map((e: { action: string }) => e.action)).toEqual([
        'user.create',
        'user.delete',
      ]);
      // The others are untouched.
      const remaining = await api(su).get('/api/users?pageSize=100').expect(200);
      const ids = remaining.body.items.map((u: { id: string }) => u.id);
      expect(ids).toEqual(expect.arrayContaining([adminB, opsId, suId, adminAId]));
      expect(ids).not.toContain(colleague);
    });

    it("another company's :companyId is 403; ops may not manage colleagues; API keys may not add or remove", async () => {
      await api(adminA).get(`/api/companies/${b.id}/users`).expect(403);
      await api(adminA)
        .post(`/api/companies/${b.id}/users`, { email: 'k@b.test', password: 'k-password-123' })
        .expect(403);
      await api(ops).get(base()).expect(403);
      await api(ops).post(base(), { email: 'k@a.test', password: 'k-password-123' }).expect(403);
      const key = await seedApiKey(t, a.id, ['admin']);
      await api(key).get(base()).expect(200);
      const denied = await api(key).post(base(), { email: 'k@a.test', password: 'k-password-123' }).expect(403);
      expect(denied.body.error.code).toBe('FORBIDDEN');
      await api(key).del(`${base()}/${adminAId}`).expect(403);
      const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = 'k@a.test'`);
      expect(row.n).toBe(0);
    });
  });
});
