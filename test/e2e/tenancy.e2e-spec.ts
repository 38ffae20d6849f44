import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { login, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

describe('tenant isolation (e2e)', () => {
  let t: TestApp;
  let a: Company;
  let b: Company;
  let adminA: string;
  let ops: string;
  let superAdmin: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedCompany(t.dataSource, 'Zahnarztpraxis A');
    b = await seedCompany(t.dataSource, 'Kanzlei B');
    await seedUser(t.dataSource, {
      email: 'admin@a.test',
      password: 'password-of-a-1',
      role: 'company_admin',
      companyId: a.id,
    });
    await seedUser(t.dataSource, { email: 'ops@platform.test', password: 'password-of-ops', role: 'ops' });
    adminA = (await login(t, 'admin@a.test', 'password-of-a-1')).token;
    ops = (await login(t, 'ops@platform.test', 'password-of-ops')).token;
    superAdmin = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
  });
  afterAll(() => t.close());

  it('a company admin lists only its own company', async () => {
    const res = await request(t.url).get('/api/companies').auth(adminA, { type: 'bearer' }).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
  });

  it('a company admin gets 403 for another company, with nothing of it in the answer', async () => {
    const res = await request(t.url).get(`/api/companies/${b.id}`).auth(adminA, { type: 'bearer' }).expect(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(JSON.stringify(res.body)).not.toContain('Kanzlei');
    await request(t.url).get(`/api/companies/${a.id}`).auth(adminA, { type: 'bearer' }).expect(200);
  });

  it('ops and super admins see every company, paged', async () => {
    for (const token of [ops, superAdmin]) {
      const res = await request(t.url)
        .get('/api/companies?pageSize=1&page=2')
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect(res.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(res.body.items).toHaveLength(1);
      await request(t.url).get(`/api/companies/${b.id}`).auth(token, { type: 'bearer' }).expect(200);
    }
  });

  it('rejects a malformed id with 400 and an unknown one with 404', async () => {
    const bad = await request(t.url)
      .get('/api/companies/..%2F..%2Fetc')
      .auth(superAdmin, { type: 'bearer' })
      .expect(400);
    expect(bad.body.error.details).toEqual([
      { field: 'companyId', rule: 'isUuid', message: 'companyId must be a UUID' },
    ]);
    await request(t.url)
      .get('/api/companies/00000000-0000-4000-8000-000000000000')
      .auth(superAdmin, { type: 'bearer' })
      .expect(404);
    await request(t.url).get('/api/companies?pageSize=101').auth(superAdmin, { type: 'bearer' }).expect(400);
  });

  it('a soft-deleted company is gone for everyone, and its admins can no longer sign in', async () => {
    const c = await seedCompany(t.dataSource, 'Gelöscht GmbH');
    await seedUser(t.dataSource, {
      email: 'admin@c.test',
      password: 'password-of-c-1',
      role: 'company_admin',
      companyId: c.id,
    });
    const token = (await login(t, 'admin@c.test', 'password-of-c-1')).token;
    await t.dataSource.getRepository(Company).softDelete(c.id);
    await request(t.url).get(`/api/companies/${c.id}`).auth(superAdmin, { type: 'bearer' }).expect(404);
    await request(t.url).get(`/api/companies/${c.id}`).auth(token, { type: 'bearer' }).expect(401);
    await request(t.url)
      .post('/api/auth/login')
      .send({ email: 'admin@c.test', password: 'password-of-c-1' })
      .expect(401);
  });
});
