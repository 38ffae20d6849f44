import request from 'supertest';
import { login, seedCompany } from 'test/support/seed';
import { TcpProxy } from 'test/support/tcp-proxy';
import { TEST_REDIS_URL } from 'test/support/test-env';
import { startTestApp, TEST_ADMIN } from 'test/support/test-app';

/** DESIGN §5: with Redis unreachable from the start, the app still boots, serves and shuts down cleanly. */
describe('Redis unreachable at start (e2e)', () => {
  it('boots degraded, serves logins and tool calls, and closes promptly', async () => {
    // A port nobody listens on: every connection attempt is refused.
    const proxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
    const deadUrl = proxy.wrap(TEST_REDIS_URL);
    await proxy.close();
    const t = await startTestApp({ env: { REDIS_URL: deadUrl } });
    try {
      const ready = await request(t.url).get('/health/ready').expect(200);
      expect(ready.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'degraded' } });
      const { token } = await login(t, TEST_ADMIN.email, TEST_ADMIN.password);
      const company = await seedCompany(t.dataSource);
      // Rate limits fall back to local buckets and the cache is bypassed: the call still answers.
      const res = await request(t.url)
        .post('/api/mcp/execute')
        .auth(token, { type: 'bearer' })
        .send({ server: 'system', tool: 'echo', params: { text: 'ohne Redis' }, companyId: company.id })
        .expect(200);
      expect(res.body).toEqual({ result: { text: 'ohne Redis' } });
    } finally {
      const started = Date.now();
      await t.close();
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});
