import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import { FakeStripe } from 'test/fakes/fake-stripe';
import { apiAs, auditEntriesOf, login, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

describe('integration credentials (e2e)', () => {
  const KEY = 'cal_live_the-real-secret-key-1234';
  let fake: FakeCalcom;
  let stripe: FakeStripe;
  let t: TestApp;
  let a: Company;
  let b: Company;
  let adminA: string;
  let su: string;
  const path = (c: Company, rest = '') => `/api/companies/${c.id}/integrations${rest}`;

  beforeAll(async () => {
    fake = await new FakeCalcom(KEY).start();
    stripe = await new FakeStripe('sk_test_platform_key_0000').start();
    t = await startTestApp({
      env: {
        CALCOM_API_URL: fake.url,
        OUTBOUND_ALLOW_PRIVATE: 'false',
        STRIPE_API_URL: stripe.url,
        STRIPE_SECRET_KEY: 'sk_test_platform_key_0000',
      },
    });
    a = await seedCompany(t.dataSource, 'Praxis A');
    b = await seedCompany(t.dataSource, 'Praxis B');
    await seedUser(t.dataSource, {
      email: 'admin@a.test',
      password: 'password-of-a-1',
      role: 'company_admin',
      companyId: a.id,
    });
    adminA = (await login(t, 'admin@a.test', 'password-of-a-1')).token;
    su = (await login(t, TEST_ADMIN.email, TEST_ADMIN.password)).token;
  });
  afterAll(async () => {
    await t.close();
    await fake.stop();
    await stripe.stop();
  });

  it('lists both providers as unconfigured with the webhook URLs to enter in the vendors', async () => {
    const res = await apiAs(t, adminA).get(path(a)).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        provider: 'calcom',
        status: 'unconfigured',
        apiKeyLast4: null,
        webhookUrl: expect.stringMatching(new RegExp(`/api/mcp/calcom/webhook/${a.id}$`)),
      }),
      expect.objectContaining({
        provider: 'retell',
        status: 'unconfigured',
        webhookUrl: expect.stringMatching(/\/api\/mcp\/retell\/webhook$/),
      }),
    ]);
  });

  it('checks a key with Cal.com before saving it: a refused key is a 400 and nothing is stored', async () => {
    const res = await apiAs(t, adminA).put(path(a, '/calcom'), { apiKey: 'cal_live_wrong-key-0000' }).expect(400);
    expect(res.body.error.details[0]).toMatchObject({ field: 'apiKey', rule: 'acceptedByVendor' });
    expect((await apiAs(t, adminA).get(path(a, '/calcom')).expect(200)).body.status).toBe('unconfigured');
  });

  it('stores an accepted key encrypted, shows only its last four characters, and reports connected', async () => {
    const res = await apiAs(t, adminA).put(path(a, '/calcom'), { apiKey: KEY }).expect(200);
    expect(res.body).toMatchObject({ provider: 'calcom', status: 'connected', apiKeyLast4: '1234', lastTestOk: true });
    const [row] = await t.dataSource.query(`SELECT secret_ciphertext FROM integrations WHERE company_id = $1`, [a.id]);
    expect(row.secret_ciphertext).toMatch(/^v1:k1:/);
    expect(row.secret_ciphertext).not.toContain('the-real-secret');
    // The request Cal.com saw carried the key as a bearer token.
    expect(fake.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
    const test = await apiAs(t, adminA).post(path(a, '/calcom/test'), {}).expect(200);
    expect(test.body).toMatchObject({ ok: true, latencyMs: expect.any(Number) });
  });

  it('a key refused later turns the status to error with the reason, and keeps the stored key', async () => {
    fake.apiKeys.delete(KEY);
    try {
      const res = await apiAs(t, adminA).post(path(a, '/calcom/test'), {}).expect(200);
      expect(res.body).toMatchObject({ ok: false, detail: expect.stringContaining('UPSTREAM_UNAUTHORIZED') });
      expect((await apiAs(t, adminA).get(path(a, '/calcom')).expect(200)).body).toMatchObject({
        status: 'error',
        apiKeyLast4: '1234',
      });
    } finally {
      fake.apiKeys.add(KEY);
    }
  });

  it('generates the Cal.com webhook secret once, audits every change, and never returns or logs a key', async () => {
    const secret = await apiAs(t, adminA).post(path(a, '/calcom/webhook-secret'), {}).expect(200);
    expect(secret.body.secret).toMatch(/^[\w-]{43}$/);
    const everything = JSON.stringify([
      (await apiAs(t, adminA).get(path(a)).expect(200)).body,
      await auditEntriesOf(t, 'calcom'),
      (await apiAs(t, su).get('/api/audit-log?targetType=integration').expect(200)).body,
    ]);
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(secret.body.secret);
    expect(everything).toContain('integration.webhook_secret');
  });

  it('syncs Cal.com event types into services, returning the counts', async () => {
    fake.addEventType({ id: 7001, title: 'Zahnreinigung', lengthInMinutes: 45 });
    fake.addEventType({ id: 7002, title: 'Kontrolle', lengthInMinutes: 20 });
    const first = await apiAs(t, adminA).post(path(a, '/calcom/sync'), {}).expect(200);
    expect(first.body).toEqual({ created: 2, updated: 0, skipped: 0, failed: 0 });
    const again = await apiAs(t, adminA).post(path(a, '/calcom/sync'), {}).expect(200);
    expect(again.body).toEqual({ created: 0, updated: 0, skipped: 2, failed: 0 });
    // Concurrent syncs (a double click) create nothing twice.
    fake.addEventType({ id: 7003, title: 'Bleaching', lengthInMinutes: 60 });
    const both = await Promise.all([1, 2].map(() => apiAs(t, adminA).post(path(a, '/calcom/sync'), {}).expect(200)));
    expect(both.map((r) => r.body.created).sort()).toEqual([0, 1]);
    const services = await apiAs(t, adminA).get(`/api/companies/${a.id}/services`).expect(200);
    expect(services.body.items.map((x: { name: string }) => x.name).sort()).toEqual([
      'Bleaching',
      'Kontrolle',
      'Zahnreinigung',
    ]);
  });

  it('starts a Stripe Checkout for a top-up and returns its URL', async () => {
    const res = await apiAs(t, adminA)
      .post(`/api/companies/${a.id}/balance/checkout`, { amountCents: 5000 })
      .expect(200);
    expect(res.body.url).toMatch(/^https?:\/\//);
    const sent = stripe.requestsTo('POST', '/v1/checkout/sessions').at(-1)!;
    expect(String(sent.rawBody)).toContain(encodeURIComponent(a.id));
    await apiAs(t, adminA).post(`/api/companies/${a.id}/balance/checkout`, { amountCents: 1 }).expect(400);
    await apiAs(t, adminA).post(`/api/companies/${b.id}/balance/checkout`, { amountCents: 5000 }).expect(403);
  });

  it('refuses a company Cal.com URL that points at a private, loopback or link-local address', async () => {
    for (const apiUrl of [
      'http://127.0.0.1:1234',
      'https://169.254.169.254',
      'https://10.0.0.1',
      'https://192.168.1.10',
    ]) {
      const res = await apiAs(t, adminA).put(path(a, '/calcom'), { apiKey: KEY, settings: { apiUrl } }).expect(400);
      expect(res.body.error.details[0].field).toBe('settings.apiUrl');
    }
  });

  it('keeps companies apart and lets only admins change credentials', async () => {
    await apiAs(t, adminA).get(path(b)).expect(403);
    await apiAs(t, adminA).put(path(b, '/calcom'), { apiKey: KEY }).expect(403);
    await apiAs(t, su).get(path(b, '/nope')).expect(400);
    await apiAs(t, su).del(path(b, '/calcom')).expect(404);
    await apiAs(t, adminA).del(path(a, '/calcom')).expect(204);
    expect((await apiAs(t, adminA).get(path(a, '/calcom')).expect(200)).body.status).toBe('unconfigured');
  });
});
