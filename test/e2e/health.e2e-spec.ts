import request from 'supertest';
import { TcpProxy } from 'test/support/tcp-proxy';
import { TEST_REDIS_URL } from 'test/support/test-env';
import { startTestApp, TestApp } from 'test/support/test-app';

/** Polls until `check` passes or `timeoutMs` runs out (the app notices outages within its check timeouts). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('health, metrics and outages (e2e)', () => {
  let t: TestApp;
  let pgProxy: TcpProxy;
  let redisProxy: TcpProxy;

  beforeAll(async () => {
    pgProxy = await TcpProxy.start(5432);
    redisProxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
    t = await startTestApp({
      databaseUrl: (url) => pgProxy.wrap(url),
      env: { REDIS_URL: redisProxy.wrap(TEST_REDIS_URL) },
    });
  });
  afterAll(async () => {
    await t.close();
    await pgProxy.close();
    await redisProxy.close();
  });

  it('liveness answers with the version and no dependency checks', async () => {
    const res = await request(t.url).get('/health/live').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/), role: 'all' });
  });

  it('readiness names every check and is ok when everything is up', async () => {
    await eventually(async () => {
      const res = await request(t.url).get('/health/ready').expect(200);
      expect(res.body.status).toBe('ok');
      expect(Object.keys(res.body.details).sort()).toEqual(['database', 'queue', 'redis', 'shutdown']);
    });
  });

  it('turns 503 naming the database when PostgreSQL is cut, and 200 again when it returns', async () => {
    pgProxy.cut();
    await eventually(async () => {
      const res = await request(t.url).get('/health/ready').expect(503);
      expect(res.body.status).toBe('error');
      expect(res.body.error.database.status).toBe('down');
    });
    // The process stays up: liveness is unaffected.
    await request(t.url).get('/health/live').expect(200);
    pgProxy.restore();
    await eventually(async () => {
      const res = await request(t.url).get('/health/ready').expect(200);
      expect(res.body.details.database.status).toBe('up');
    });
  });

  it('stays 200 with Redis and the queue reported degraded when Redis is cut, and recovers', async () => {
    redisProxy.cut();
    await eventually(async () => {
      const res = await request(t.url).get('/health/ready').expect(200);
      expect(res.body.status).toBe('degraded');
      expect(res.body.details.redis.status).toBe('degraded');
      expect(res.body.details.queue.status).toBe('degraded');
      expect(res.body.details.database.status).toBe('up');
    });
    redisProxy.restore();
    await eventually(async () => {
      const res = await request(t.url).get('/health/ready').expect(200);
      expect(res.body.details).toMatchObject({ redis: { status: 'up' }, queue: { status: 'up' } });
    }, 15_000);
  });

  it('echoes a sane x-request-id and replaces an unsafe one', async () => {
    const mine = await request(t.url).get('/health/live').set('x-request-id', 'abc-123').expect(200);
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const unsafe = await request(t.url).get('/health/live').set('x-request-id', 'evil\tvalue <script>').expect(200);
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics with request durations labelled by route pattern, never raw ids', async () => {
    await request(t.url).get('/api/companies/00000000-0000-4000-8000-000000000000').expect(401);
    await request(t.url).get('/no/such/route').expect(404);
    const res = await request(t.url).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.text).toContain('process_cpu_user_seconds_total');
    expect(res.text).toMatch(
      /switchboard_http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200"\} \d+/,
    );
    expect(res.text).toMatch(/route="unmatched",status="404"/);
    expect(res.text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('answers unknown routes and bad bodies in the error envelope', async () => {
    const notFound = await request(t.url).get('/api/nothing-here').expect(404);
    expect(notFound.body).toMatchObject({ error: { code: 'NOT_FOUND' }, requestId: expect.any(String) });
    const malformed = await request(t.url)
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(malformed.body.error).toEqual({ code: 'INVALID_INPUT', message: 'Malformed JSON body', details: [] });
    const wrongType = await request(t.url)
      .post('/api/auth/login')
      .set('content-type', 'text/plain')
      .send('hello')
      .expect(415);
    expect(wrongType.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await request(t.url)
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('a worker instance (APP_ROLE=worker)', () => {
  let worker: TestApp;

  beforeAll(async () => {
    worker = await startTestApp({ env: { APP_ROLE: 'worker' } });
  });
  afterAll(async () => {
    await worker?.close();
  });

  it('serves only /health/* and /metrics: the API, webhooks, MCP and the admin are not there', async () => {
    expect((await request(worker.url).get('/health/live').expect(200)).body).toMatchObject({ role: 'worker' });
    await request(worker.url).get('/health/ready').expect(200);
    expect((await request(worker.url).get('/metrics').expect(200)).text).toContain('switchboard_');
    for (const [method, path] of [
      ['post', '/api/auth/login'],
      ['get', '/api/companies'],
      ['post', '/api/mcp/retell/webhook'],
      ['post', '/api/mcp/retell/functions/check_availability'],
      ['post', '/mcp'],
      ['get', '/admin/'],
    ] as const) {
      const res = await request(worker.url)[method](path).send({});
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
  });
});
