import { createHash } from 'node:crypto';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { apiAs, auditEntriesOf, errorFields, seedApiKey, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TestApp } from 'test/support/test-app';

describe('API keys (e2e)', () => {
  let t: TestApp;
  let su: string;
  let ops: string;
  let adminA: string;
  let adminAId: string;
  let a: Company;
  let b: Company;

  const api = (token: string) => apiAs(t, token);
  const keysOf = (company: Company) => `/api/companies/${company.id}/api-keys`;
  const auditOf = (targetId: string) => auditEntriesOf(t, targetId);
  const fields = errorFields;

  beforeAll(async () => {
    t = await startTestApp();
    ({ su, a, b, adminA, adminAId, ops } = await seedTwoTenants(t));
  });
  afterAll(() => t.close());

  it('creates a key whose secret is shown once, works at once, and stops working right after DELETE', async () => {
    const created = await api(adminA)
      .post(keysOf(a), { name: 'Retell prod', scopes: ['admin', 'voice'] })
      .expect(201);
    expect(Object.keys(created.body).sort()).toEqual(['createdAt', 'id', 'name', 'prefix', 'scopes', 'secret']);
    const { id, secret, prefix } = created.body;
    expect(created.body).toMatchObject({ name: 'Retell prod', scopes: ['admin', 'voice'] });
    expect(secret).toMatch(new RegExp(`^swb_${prefix}_[A-Za-z0-9_-]{43}$`));

    const me = await api(secret).get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({
      kind: 'api_key',
      id,
      role: 'company_admin',
      companyId: a.id,
      label: 'Retell prod',
    });
    await api(secret).get(`/api/companies/${a.id}/branches`).expect(200);

    const list = await api(adminA).get(keysOf(a)).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(Object.keys(list.body.items[0]).sort()).toEqual([
      'createdAt',
      'id',
      'lastUsedAt',
      'name',
      'prefix',
      'revokedAt',
      'scopes',
    ]);
    expect(list.body.items[0]).toMatchObject({ id, prefix, revokedAt: null, lastUsedAt: expect.any(String) });

    await api(adminA)
      .del(`${keysOf(a)}/${id}`)
      .expect(204);
    const after = await api(secret).get('/api/auth/me').expect(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
    const revoked = (await api(adminA).get(keysOf(a)).expect(200)).body.items[0];
    expect(revoked.revokedAt).toEqual(expect.any(String));

    // Revoking again changes nothing.
    await api(adminA)
      .del(`${keysOf(a)}/${id}`)
      .expect(204);
    expect((await api(adminA).get(keysOf(a)).expect(200)).body.items[0].revokedAt).toBe(revoked.revokedAt);

    const entries = await auditOf(id);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['api_key.create', 'api_key.revoke']);
    expect(entries[0]).toMatchObject({ target_type: 'api_key', company_id: a.id, actor_label: 'admin@a.test' });
    expect(entries[0].after).toMatchObject({ id, prefix, scopes: ['admin', 'voice'], revokedAt: null });
    expect(entries[1].before.revokedAt).toBeNull();
    expect(entries[1].after.revokedAt).toEqual(expect.any(String));

    // The secret (or its hash) is nowhere but in the creation answer.
    const secretPart = secret.slice('swb_'.length + 13);
    const hash = createHash('sha256').update(secret).digest('hex');
    const everything = JSON.stringify([entries, list.body, (await api(adminA).get(keysOf(a)).expect(200)).body]);
    expect(everything).not.toContain(secretPart);
    expect(everything).not.toContain(hash);
    const [row] = await t.dataSource.query(`SELECT created_by, secret_hash FROM api_keys WHERE id = $1`, [id]);
    expect(row).toEqual({ created_by: adminAId, secret_hash: hash });
  });

  it('validates name and scopes (non-empty, unique, known) and rejects unknown fields', async () => {
    const bad = await api(adminA)
      .post(keysOf(a), { name: '', scopes: ['root'], secret: 'mine' })
      .expect(400);
    expect(fields(bad)).toEqual(['name', 'scopes', 'secret']);
    for (const scopes of [[], ['admin', 'admin'], 'admin']) {
      const res = await api(adminA).post(keysOf(a), { name: 'x', scopes }).expect(400);
      expect(fields(res)).toEqual(['scopes']);
    }
    await api(adminA).post(keysOf(a), { name: 'x' }).expect(400);
    await api(adminA)
      .del(`${keysOf(a)}/not-a-uuid`)
      .expect(400);
  });

  it("tenancy: B's :companyId is 403 for A's admin, and B's key id under A is 404 and stays valid", async () => {
    const keyB = await api(su)
      .post(keysOf(b), { name: 'B key', scopes: ['admin'] })
      .expect(201);
    await api(adminA).get(keysOf(b)).expect(403);
    await api(adminA)
      .post(keysOf(b), { name: 'x', scopes: ['admin'] })
      .expect(403);
    await api(adminA)
      .del(`${keysOf(b)}/${keyB.body.id}`)
      .expect(403);
    const notFound = await api(adminA)
      .del(`${keysOf(a)}/${keyB.body.id}`)
      .expect(404);
    expect(notFound.body.error.code).toBe('NOT_FOUND');
    const listA = await api(adminA).get(keysOf(a)).expect(200);
    expect(listA.body.items.map((k: { id: string }) => k.id)).not.toContain(keyB.body.id);
    const [row] = await t.dataSource.query(`SELECT revoked_at FROM api_keys WHERE id = $1`, [keyB.body.id]);
    expect(row.revoked_at).toBeNull();
    await api(keyB.body.secret).get('/api/auth/me').expect(200);
    await api(keyB.body.secret).get(keysOf(a)).expect(403);
  });

  it('roles: ops cannot see or manage keys; API keys may list but not create or revoke keys', async () => {
    await api(ops).get(keysOf(a)).expect(403);
    await api(ops)
      .post(keysOf(a), { name: 'x', scopes: ['admin'] })
      .expect(403);
    const own = (
      await api(su)
        .post(keysOf(a), { name: 'by su', scopes: ['admin'] })
        .expect(201)
    ).body;
    await api(ops)
      .del(`${keysOf(a)}/${own.id}`)
      .expect(403);

    const key = await seedApiKey(t, a.id, ['admin']);
    await api(key).get(keysOf(a)).expect(200);
    const denied = await api(key)
      .post(keysOf(a), { name: 'child', scopes: ['admin'] })
      .expect(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    await api(key)
      .del(`${keysOf(a)}/${own.id}`)
      .expect(403);
    await api(own.secret).get('/api/auth/me').expect(200);
    const names = (
      await api(su)
        .get(`${keysOf(a)}?pageSize=100`)
        .expect(200)
    ).body.items.map((k: { name: string }) => k.name);
    expect(names).not.toContain('child');
  });
});
