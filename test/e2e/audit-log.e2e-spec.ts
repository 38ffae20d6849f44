import type request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { apiAs, login, seedApiKey, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

interface Entry {
  id: string;
  action: string;
  companyId: string | null;
  actorId: string | null;
  targetId: string | null;
  createdAt: string;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('audit log (e2e)', () => {
  let t: TestApp;
  let su: string;
  let suId: string;
  let ops: string;
  let adminA: string;
  let adminAId: string;
  let a: Company;
  let b: Company;
  let serviceA: request.Response;
  let between: string;
  let keySecret: string;

  const api = (token: string) => apiAs(t, token);
  const entries = async (token: string, path: string): Promise<Entry[]> =>
    (await api(token).get(path).expect(200)).body.items;
  const actions = (items: Entry[]) => items.map((e) => e.action);

  beforeAll(async () => {
    t = await startTestApp();
    a = await seedCompany(t.dataSource, 'Praxis A');
    b = await seedCompany(t.dataSource, 'Praxis B');
    adminAId = (
      await seedUser(t.dataSource, {
        email: 'admin@a.test',
        password: 'password-of-a-1',
        role: 'company_admin',
        companyId: a.id,
      })
    ).id;
    await seedUser(t.dataSource, { email: 'ops@x.test', password: 'password-of-ops', role: 'ops' });
    su = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
    suId = (await api(su).get('/api/auth/me').expect(200)).body.id;
    adminA = (await login(t, 'admin@a.test', 'password-of-a-1')).token;
    ops = (await login(t, 'ops@x.test', 'password-of-ops')).token;

    // The history the tests read, oldest first.
    serviceA = await api(adminA)
      .post(`/api/companies/${a.id}/services`, { name: 'Reinigung', durationMinutes: 30 })
      .expect(201);
    await api(adminA).patch(`/api/companies/${a.id}/services/${serviceA.body.id}`, { durationMinutes: 45 }).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await api(su).post(`/api/companies/${b.id}/staff`, { name: 'Bea' }).expect(201);
    await api(su).post('/api/users', { email: 'neu@x.test', password: 'new-user-password', role: 'ops' }).expect(201);
    keySecret = (
      await api(adminA)
        .post(`/api/companies/${a.id}/api-keys`, { name: 'k', scopes: ['admin'] })
        .expect(201)
    ).body.secret;
  });
  afterAll(() => t.close());

  it('lists every entry newest first, paged, with the documented fields', async () => {
    const res = await api(su).get('/api/audit-log').expect(200);
    expect(res.body).toMatchObject({ total: 5, page: 1, pageSize: 20 });
    expect(actions(res.body.items)).toEqual([
      'api_key.create',
      'user.create',
      'staff.create',
      'service.update',
      'service.create',
    ]);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(
      [
        'action',
        'actorId',
        'actorLabel',
        'actorType',
        'after',
        'before',
        'companyId',
        'createdAt',
        'id',
        'ip',
        'requestId',
        'targetId',
        'targetType',
      ].sort(),
    );
    const update = res.body.items[3];
    expect(update).toMatchObject({
      actorType: 'user',
      actorId: adminAId,
      actorLabel: 'admin@a.test',
      companyId: a.id,
      targetType: 'service',
      targetId: serviceA.body.id,
      before: { durationMinutes: 30 },
      after: { durationMinutes: 45 },
    });
    const created = res.body.items[4];
    expect(created.requestId).toBe(serviceA.headers['x-request-id']);
    expect(created.ip).toEqual(expect.any(String));

    const page2 = await api(su).get('/api/audit-log?pageSize=2&page=2').expect(200);
    expect(page2.body).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(actions(page2.body.items)).toEqual(['staff.create', 'service.update']);
  });

  it('filters by company, action, target type, actor and time', async () => {
    expect(actions(await entries(su, `/api/audit-log?companyId=${b.id}`))).toEqual(['staff.create']);
    expect(actions(await entries(su, '/api/audit-log?action=service.update'))).toEqual(['service.update']);
    expect(actions(await entries(su, '/api/audit-log?targetType=service'))).toEqual([
      'service.update',
      'service.create',
    ]);
    expect(actions(await entries(su, `/api/audit-log?actorId=${suId}`))).toEqual(['user.create', 'staff.create']);
    expect(actions(await entries(su, `/api/audit-log?from=${between}`))).toEqual([
      'api_key.create',
      'user.create',
      'staff.create',
    ]);
    expect(actions(await entries(su, `/api/audit-log?to=${between}`))).toEqual(['service.update', 'service.create']);
    expect(await entries(su, `/api/audit-log?companyId=${a.id}&actorId=${suId}`)).toEqual([]);
  });

  it('rejects malformed filters with 400 naming them', async () => {
    const res = await api(su)
      .get('/api/audit-log?from=yesterday&to=2026-13-45&actorId=me&companyId=x&pageSize=0&sort=asc')
      .expect(400);
    const fields = [...new Set(res.body.error.details.map((d: { field: string }) => d.field))].sort();
    expect(fields).toEqual(['actorId', 'companyId', 'from', 'pageSize', 'sort', 'to']);
  });

  it("a company's log: only its entries, for its admins, ops and super admins; companyId is not a filter there", async () => {
    for (const token of [adminA, ops, su]) {
      expect(actions(await entries(token, `/api/companies/${a.id}/audit-log`))).toEqual([
        'api_key.create',
        'service.update',
        'service.create',
      ]);
    }
    expect(actions(await entries(adminA, `/api/companies/${a.id}/audit-log?targetType=api_key`))).toEqual([
      'api_key.create',
    ]);
    expect(actions(await entries(ops, `/api/companies/${b.id}/audit-log`))).toEqual(['staff.create']);
    const res = await api(adminA).get(`/api/companies/${a.id}/audit-log?companyId=${b.id}`).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ field: 'companyId', rule: 'whitelistValidation' });
  });

  it('roles: company admins and API keys get 403 on the whole log and on another company', async () => {
    const key = await seedApiKey(t, a.id, ['admin']);
    for (const token of [adminA, key]) {
      expect((await api(token).get('/api/audit-log').expect(403)).body.error.code).toBe('FORBIDDEN');
      await api(token).get(`/api/companies/${b.id}/audit-log`).expect(403);
    }
    expect(actions(await entries(key, `/api/companies/${a.id}/audit-log`))).toContain('service.create');
    await api(ops).get('/api/audit-log').expect(200);
  });

  it('shows no secrets: no password of a created user, no API key secret', async () => {
    const all = JSON.stringify((await api(su).get('/api/audit-log').expect(200)).body);
    expect(all).toContain('neu@x.test');
    expect(all).not.toContain('new-user-password');
    expect(all).not.toContain(keySecret.slice('swb_'.length + 13));
    expect(all).not.toMatch(/argon2|secretHash|passwordHash/);
  });
});
