import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { login, seedApiKey, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

describe('auth (e2e)', () => {
  let t: TestApp;
  let company: Company;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '3', JWT_TTL: '60' } });
    company = await seedCompany(t.dataSource);
    await seedUser(t.dataSource, {
      email: 'anna@praxis.test',
      password: 'anna-password-1',
      role: 'company_admin',
      companyId: company.id,
    });
  });
  afterAll(() => t.close());

  it('creates the first super admin from ADMIN_EMAIL/ADMIN_PASSWORD and logs in with an httpOnly refresh cookie', async () => {
    const res = await request(t.url).post('/api/auth/login').send(TEST_ADMIN).expect(200);
    expect(res.body).toMatchObject({
      expiresIn: 60,
      user: { email: TEST_ADMIN.email, role: 'super_admin', companyId: null },
    });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/swb_refresh=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    await request(t.url).get('/api/auth/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200, {
      kind: 'user',
      id: res.body.user.id,
      label: TEST_ADMIN.email,
      role: 'super_admin',
      companyId: null,
      scopes: [],
    });
  });

  it('gives the same 401 for a wrong password and an unknown e-mail', async () => {
    const wrong = await request(t.url)
      .post('/api/auth/login')
      .send({ email: TEST_ADMIN.email, password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await request(t.url)
      .post('/api/auth/login')
      .send({ email: 'ghost@test.local', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Invalid e-mail or password', details: [] });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('rejects malformed login input with 400 naming the fields, and unknown fields', async () => {
    const res = await request(t.url)
      .post('/api/auth/login')
      .send({ email: 'not-an-email', password: 1, role: 'x' })
      .expect(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'role']));
    expect(res.body.requestId).toEqual(res.headers['x-request-id']);
  });

  it('refreshes with rotation; a rotated token used again revokes the whole family', async () => {
    const first = await login(t, 'anna@praxis.test', 'anna-password-1');
    const refreshed = await request(t.url).post('/api/auth/refresh').set('Cookie', first.cookie).expect(200);
    expect(refreshed.body.user.email).toBe('anna@praxis.test');
    const second = String(refreshed.headers['set-cookie']).split(';')[0];
    expect(second).not.toEqual(first.cookie);
    await request(t.url).get('/api/auth/me').auth(refreshed.body.accessToken, { type: 'bearer' }).expect(200);

    // The first cookie again: theft assumed, the family (including the second cookie) is revoked.
    await request(t.url).post('/api/auth/refresh').set('Cookie', first.cookie).expect(401);
    await request(t.url).post('/api/auth/refresh').set('Cookie', second).expect(401);
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const session = await login(t, 'anna@praxis.test', 'anna-password-1');
    const res = await request(t.url).post('/api/auth/logout').set('Cookie', session.cookie).expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/swb_refresh=;/);
    await request(t.url).post('/api/auth/refresh').set('Cookie', session.cookie).expect(401);
    await request(t.url).post('/api/auth/refresh').expect(401);
  });

  it('answers 401 without a token, with a garbage token, a forged one and an expired one', async () => {
    await request(t.url).get('/api/companies').expect(401);
    await request(t.url).get('/api/companies').auth('garbage', { type: 'bearer' }).expect(401);
    const user = (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [TEST_ADMIN.email]))[0];
    const forged = new JwtService({ secret: 'another-secret-another-secret-another-secret' }).sign({
      sub: user.id,
      ver: 1,
    });
    await request(t.url).get('/api/companies').auth(forged, { type: 'bearer' }).expect(401);
    const expired = new JwtService({ secret: 'test-jwt-secret-that-is-long-enough-0123456789' }).sign(
      { sub: user.id, ver: 1, iat: Math.floor(Date.now() / 1000) - 120 },
      { expiresIn: 60 },
    );
    const res = await request(t.url).get('/api/companies').auth(expired, { type: 'bearer' }).expect(401);
    expect(res.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Token expired' });
    // The same token, not yet expired, works: the 401 above is the expiry and nothing else.
    const fresh = new JwtService({ secret: 'test-jwt-secret-that-is-long-enough-0123456789' }).sign(
      { sub: user.id, ver: 1 },
      { expiresIn: 60 },
    );
    await request(t.url).get('/api/companies').auth(fresh, { type: 'bearer' }).expect(200);
  });

  it('a password change revokes older access and refresh tokens', async () => {
    await seedUser(t.dataSource, {
      email: 'bernd@praxis.test',
      password: 'bernd-password-1',
      role: 'company_admin',
      companyId: company.id,
    });
    const old = await login(t, 'bernd@praxis.test', 'bernd-password-1');
    await request(t.url)
      .post('/api/auth/password')
      .auth(old.token, { type: 'bearer' })
      .send({ currentPassword: 'wrong-password', newPassword: 'bernd-password-2' })
      .expect(400);
    await request(t.url)
      .post('/api/auth/password')
      .auth(old.token, { type: 'bearer' })
      .send({ currentPassword: 'bernd-password-1', newPassword: 'bernd-password-2' })
      .expect(204);
    await request(t.url).get('/api/auth/me').auth(old.token, { type: 'bearer' }).expect(401);
    await request(t.url).post('/api/auth/refresh').set('Cookie', old.cookie).expect(401);
    await request(t.url)
      .post('/api/auth/login')
      .send({ email: 'bernd@praxis.test', password: 'bernd-password-1' })
      .expect(401);
    const fresh = await login(t, 'bernd@praxis.test', 'bernd-password-2');
    await request(t.url).get('/api/auth/me').auth(fresh.token, { type: 'bearer' }).expect(200);
  });

  it('throttles login attempts per e-mail with 429 and Retry-After', async () => {
    const attempt = () =>
      request(t.url).post('/api/auth/login').send({ email: 'victim@test.local', password: 'guess-guess-guess' });
    for (let i = 0; i < 3; i++) await attempt().expect(401);
    const res = await attempt().expect(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not locked out by it.
    await request(t.url).post('/api/auth/login').send(TEST_ADMIN).expect(200);
  });

  describe('API keys', () => {
    it('an admin-scoped key acts as its company admin; a voice-only key cannot use the REST API', async () => {
      const admin = await seedApiKey(t, company.id, ['admin']);
      const voice = await seedApiKey(t, company.id, ['voice']);
      expect(admin).toMatch(/^swb_[a-z0-9]{12}_[\w-]{43}$/);
      const me = await request(t.url).get('/api/auth/me').auth(admin, { type: 'bearer' }).expect(200);
      expect(me.body).toMatchObject({
        kind: 'api_key',
        role: 'company_admin',
        companyId: company.id,
        scopes: ['admin'],
      });
      await request(t.url).get(`/api/companies/${company.id}`).auth(admin, { type: 'bearer' }).expect(200);
      const denied = await request(t.url)
        .get(`/api/companies/${company.id}`)
        .auth(voice, { type: 'bearer' })
        .expect(403);
      expect(denied.body.error.code).toBe('FORBIDDEN');
    });

    it('is stored only as a hash, and stops working at once when revoked or its company is deleted', async () => {
      const other = await seedCompany(t.dataSource, 'Salon Zwei');
      const key = await seedApiKey(t, other.id, ['admin']);
      const rows = await t.dataSource.query(`SELECT secret_hash, prefix FROM api_keys WHERE company_id = $1`, [
        other.id,
      ]);
      expect(JSON.stringify(rows)).not.toContain(key.slice('swb_'.length + 13));
      await request(t.url).get(`/api/companies/${other.id}`).auth(key, { type: 'bearer' }).expect(200);
      await t.dataSource.getRepository(Company).softDelete(other.id);
      await request(t.url).get(`/api/companies/${other.id}`).auth(key, { type: 'bearer' }).expect(401);

      const revoked = await seedApiKey(t, company.id, ['admin']);
      await request(t.url).get(`/api/companies/${company.id}`).auth(revoked, { type: 'bearer' }).expect(200);
      await t.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE prefix = $1`, [revoked.split('_')[1]]);
      await request(t.url).get(`/api/companies/${company.id}`).auth(revoked, { type: 'bearer' }).expect(401);
      // A tampered secret with a valid prefix is refused too.
      const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
      await request(t.url).get('/api/auth/me').auth(tampered, { type: 'bearer' }).expect(401);
    });
  });
});
