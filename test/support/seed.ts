import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ApiKeyService } from 'src/auth/api-key.service';
import type { ApiKeyScope } from 'src/auth/entities/api-key.entity';
import { User, type Role } from 'src/auth/entities/user.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { TEST_ADMIN, type TestApp } from './test-app';

export async function seedCompany(ds: DataSource, name = 'Praxis Dr. Test'): Promise<Company> {
  return ds.getRepository(Company).save({ name, timezone: 'Europe/Berlin', locale: 'de', country: 'DE' });
}

export async function seedUser(
  ds: DataSource,
  input: { email: string; password: string; role: Role; companyId?: string | null },
): Promise<User> {
  return ds.getRepository(User).save({
    email: input.email.toLowerCase(),
    passwordHash: await hash(input.password),
    role: input.role,
    companyId: input.companyId ?? null,
  });
}

export async function seedApiKey(t: TestApp, companyId: string, scopes: ApiKeyScope[]): Promise<string> {
  const { secret } = await t.app.get(ApiKeyService).create({ companyId, name: 'test key', scopes, createdBy: null });
  return secret;
}

/** Logs in and returns the access token and the refresh cookie. */
export async function login(t: TestApp, email: string, password: string): Promise<{ token: string; cookie: string }> {
  const res = await request(t.url).post('/api/auth/login').send({ email, password }).expect(200);
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('swb_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  return { token: res.body.accessToken, cookie: cookie.split(';')[0] };
}

/** Requests as one bearer token (a user's JWT or an API key). */
export function apiAs(t: TestApp, token: string) {
  const auth = { type: 'bearer' as const };
  return {
    get: (path: string) => request(t.url).get(path).auth(token, auth),
    post: (path: string, body: object) => request(t.url).post(path).auth(token, auth).send(body),
    put: (path: string, body: object) => request(t.url).put(path).auth(token, auth).send(body),
    patch: (path: string, body: object) => request(t.url).patch(path).auth(token, auth).send(body),
    del: (path: string) => request(t.url).delete(path).auth(token, auth),
  };
}

/** Registers a phone number on a company's branch, as the super admin (or any caller allowed to). */
export async function addPhoneNumber(
  api: ReturnType<typeof apiAs>,
  companyId: string,
  number: string,
  branchId: string,
): Promise<void> {
  await api.post(`/api/companies/${companyId}/phone-numbers`, { number, branchId }).expect(201);
}

/** The audit entries of one target, oldest first. */
export function auditEntriesOf(t: TestApp, targetId: string) {
  return t.dataSource.query(
    `SELECT action, target_type, actor_type, actor_label, company_id, before, after, request_id FROM audit_log WHERE target_id = $1 ORDER BY created_at, id`,
    [targetId],
  );
}

/**
 * The usual two-tenant world: companies A and B with a branch each, A's company admin, an ops user and the
 * super admin, all signed in.
 */
export async function seedTwoTenants(t: TestApp) {
  const su = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
  const a = await seedCompany(t.dataSource, 'Praxis A');
  const b = await seedCompany(t.dataSource, 'Praxis B');
  const adminAUser = await seedUser(t.dataSource, {
    email: 'admin@a.test',
    password: 'password-of-a-1',
    role: 'company_admin',
    companyId: a.id,
  });
  await seedUser(t.dataSource, { email: 'ops@x.test', password: 'password-of-ops', role: 'ops' });
  const adminA = (await login(t, 'admin@a.test', 'password-of-a-1')).token;
  const ops = (await login(t, 'ops@x.test', 'password-of-ops')).token;
  const branch = async (c: Company, name: string) =>
    (await apiAs(t, su).post(`/api/companies/${c.id}/branches`, { name }).expect(201)).body.id as string;
  return {
    su,
    a,
    b,
    adminA,
    adminAId: adminAUser.id,
    ops,
    branchA: await branch(a, 'Mitte'),
    branchB: await branch(b, 'Nord'),
  };
}

/** The fields named in a 400's details, each once, sorted. */
export const errorFields = (res: { body: { error: { details: { field: string }[] } } }): string[] => [
  ...new Set(res.body.error.details.map((d) => d.field).sort()),
];

/**
 * The tenant rules of one object's GET route, `path(companyId, id)`, for `id`, an object of `owner`: under
 * another company's path it is 404 (for a super admin too: the object must belong to the company in the path),
 * as is an unknown id; a company admin under a company not its own gets 403; a malformed id is a 400 on `idField`.
 */
export async function expectObjectScopedToCompany(
  t: TestApp,
  o: {
    path: (companyId: string, id: string) => string;
    idField: string;
    id: string;
    owner: { companyId: string; token: string };
    other: { companyId: string; token: string };
    su: string;
  },
): Promise<void> {
  await apiAs(t, o.other.token).get(o.path(o.other.companyId, o.id)).expect(404);
  await apiAs(t, o.su).get(o.path(o.other.companyId, o.id)).expect(404);
  await apiAs(t, o.owner.token).get(o.path(o.owner.companyId, randomUUID())).expect(404);
  await apiAs(t, o.other.token).get(o.path(o.owner.companyId, o.id)).expect(403);
  const bad = await apiAs(t, o.owner.token).get(o.path(o.owner.companyId, 'not-a-uuid')).expect(400);
  expect(errorFields(bad)).toEqual([o.idField]);
}
