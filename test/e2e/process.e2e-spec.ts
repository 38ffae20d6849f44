import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeCalcom } from 'test/fakes/fake-calcom';

/**
 * The built app as a real process, as `npm start` and the Dockerfile run it: config errors, embedded mode
 * (no DATABASE_URL, no REDIS_URL), first-start admin, SIGTERM. `SMOKE_NODE` picks the node binary (CI runs
 * this file again under Node 24, the Dockerfile's runtime).
 */
const ROOT = join(__dirname, '..', '..');
const NODE = process.env.SMOKE_NODE ?? process.execPath;
const MAIN = join(ROOT, 'dist', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Only what the app needs from the environment: nothing of this machine's DATABASE_URL or REDIS_URL leaks in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
}

function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(NODE, [MAIN], { cwd: ROOT, env: cleanEnv(env) });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fetch(url);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe('the built app as a process', () => {
  beforeAll(() => {
    if (!process.env.SMOKE_SKIP_BUILD) {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    }
  }, 120_000);

  it.each([
    [{ APP_ENCRYPTION_KEYS: 'k1:short' }, 'APP_ENCRYPTION_KEYS'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ APP_ROLE: 'boss' }, 'APP_ROLE'],
  ])('stops with exit code 1 and names the variable on bad config %j', async (bad, variable) => {
    const { code, output } = await run({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      APP_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32).toString('base64')}`,
      JWT_SECRET: 'x'.repeat(40),
      ...bad,
    });
    expect(code).toBe(1);
    expect(output).toContain(variable);
    expect(output.split('\n').filter(Boolean).length).toBeLessThan(5);
  });

  describe('embedded mode', () => {
    let child: ChildProcess;
    let output = '';
    let base = '';
    let dataDir = '';
    const CAL_KEY = 'cal_live_never-in-a-log-line-98765';
    const calcom = new FakeCalcom(CAL_KEY);

    beforeAll(async () => {
      await calcom.start();
      dataDir = mkdtempSync(join(tmpdir(), 'swb-embedded-'));
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      child = spawn(NODE, [MAIN], {
        cwd: ROOT,
        env: cleanEnv({
          PORT: String(port),
          DATA_DIR: dataDir,
          SHUTDOWN_DELAY_MS: '1500',
          LOG_LEVEL: 'debug',
          CALCOM_API_URL: calcom.url,
        }),
      });
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      await waitFor(`${base}/health/live`, 90_000);
    }, 120_000);

    afterAll(async () => {
      await calcom.stop();
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('serves liveness, readiness with embedded dependencies, metrics and the admin SPA', async () => {
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { details: unknown }).details).toMatchObject({
        database: { status: 'up' },
        redis: { status: 'up', mode: 'embedded' },
        queue: { status: 'up', mode: 'embedded' },
      });
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('switchboard_http_request_duration_seconds');
      const admin = await fetch(`${base}/admin/`);
      expect(admin.status).toBe(200);
      expect(await admin.text()).toContain('<div id="root">');
      expect(output).toContain('Embedded mode: no DATABASE_URL');
      expect(output).toContain('Embedded mode: no REDIS_URL');
    });

    it('generates its secrets once under DATA_DIR, readable by the owner only', () => {
      expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    });

    it('creates admin@localhost with a password printed once, which signs in', async () => {
      const match = /Created super admin admin@localhost with password (\S+)/.exec(output);
      expect(match).not.toBeNull();
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@localhost', password: match![1] }),
      });
      expect(res.status).toBe(200);
    });

    it("never writes a company's vendor key to the log, on success or failure", async () => {
      const password = /Created super admin admin@localhost with password (\S+)/.exec(output)![1];
      const call = async (method: string, path: string, token: string, body?: object) =>
        fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body ? JSON.stringify(body) : undefined,
        });
      const login = await call('POST', '/api/auth/login', '', { email: 'admin@localhost', password });
      const { accessToken } = (await login.json()) as { accessToken: string };
      const company = (await (await call('POST', '/api/companies', accessToken, { name: 'Log GmbH' })).json()) as {
        id: string;
      };
      const integration = `/api/companies/${company.id}/integrations/calcom`;
      expect((await call('PUT', integration, accessToken, { apiKey: CAL_KEY })).status).toBe(200);
      expect((await call('POST', `${integration}/test`, accessToken)).status).toBe(200);
      const refused = await call('PUT', integration, accessToken, { apiKey: `${CAL_KEY}-wrong` });
      expect(refused.status).toBe(400);
      expect(await refused.text()).not.toContain(CAL_KEY);
      // The vendor really saw the key, and the log saw the outbound calls, but never the key.
      expect(calcom.requests.some((r) => r.headers.authorization === `Bearer ${CAL_KEY}`)).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(output).toContain('outbound request');
      expect(output).not.toContain(CAL_KEY);
      expect(output).not.toContain(accessToken);
    });

    it('on SIGTERM turns readiness 503 at once, keeps serving during the delay, then exits 0', async () => {
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { error: { shutdown: { status: string } } }).error.shutdown.status).toBe('down');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect(await exited).toBe(0);
    }, 30_000);
  });
});
