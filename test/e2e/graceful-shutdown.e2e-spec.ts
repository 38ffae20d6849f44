import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { retellSignature, retellWebhook } from 'test/fakes/retell-signer';
import { createTestDatabase, TEST_ENCRYPTION_KEY } from 'test/support/test-app';
import { redisPrefix, runId, TEST_REDIS_URL } from 'test/support/test-env';

/**
 * DESIGN §5, SIGTERM: the built app as a real process under a burst of signed webhooks. Readiness turns 503 at
 * once, the server keeps accepting during SHUTDOWN_DELAY_MS, then stops accepting and finishes what it accepted:
 * every request that reached it is answered 204 and stored, the rest could not connect, and the process exits 0
 * within delay + grace. Built into its own directory, so the process test's `rm -rf dist` cannot pull the code
 * from under it. `SMOKE_SKIP_BUILD=1` reuses the last build.
 */
const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'node_modules', '.cache', 'switchboard-shutdown-dist');
const MAIN = join(OUT, 'src', 'main.js');
const PLATFORM_KEY = 'key_platform_shutdown_001';
const DELAY_MS = 500;
const GRACE_MS = 5000;
const BURST = 200;
const SPREAD_MS = 2000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type Outcome = { status: number } | { error: string };

/** One request on its own connection (no keep-alive), so "could not connect" and "reset mid-flight" differ. */
function send(port: number, path: string, body?: string, headers: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', agent: false, headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', (err) => resolve({ error: `response ${(err as NodeJS.ErrnoException).code ?? err.message}` }));
      },
    );
    req.on('error', (err) => resolve({ error: (err as NodeJS.ErrnoException).code ?? err.message }));
    req.end(body);
  });
}

function webhook(port: number, i: number): { callId: string; done: Promise<Outcome> } {
  const callId = `call_shutdown_${i}_${Date.now()}`;
  const start = Date.now() - 60_000;
  const body = JSON.stringify(
    retellWebhook('call_ended', {
      call_type: 'phone_call',
      call_id: callId,
      agent_id: 'agent_shutdown',
      call_status: 'ended',
      direction: 'inbound',
      from_number: '+4915112345678',
      to_number: '+493099999999',
      start_timestamp: start,
      end_timestamp: start + 30_000,
      duration_ms: 30_000,
    }),
  );
  const done = send(port, '/api/mcp/retell/webhook', body, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'x-retell-signature': retellSignature(body, PLATFORM_KEY),
  });
  return { callId, done };
}

describe('graceful shutdown of the built app', () => {
  let child: ChildProcess | undefined;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let output = '';

  beforeAll(() => {
    if (!process.env.SMOKE_SKIP_BUILD) {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'ignore' });
      execFileSync('npx', ['tsc-alias', '-p', 'tsconfig.build.json', '--outDir', OUT], { cwd: ROOT, stdio: 'ignore' });
    }
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db?.drop();
  });

  it('loses none of the accepted requests on SIGTERM during a burst and exits 0 within the grace period', async () => {
    db = await createTestDatabase();
    const port = await freePort();
    child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        DATABASE_URL: db.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `${redisPrefix(runId())}:${db.name}`,
        APP_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEY,
        JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
        RETELL_API_KEY: PLATFORM_KEY,
        APP_ROLE: 'all',
        LOG_LEVEL: 'info',
        SHUTDOWN_DELAY_MS: String(DELAY_MS),
        SHUTDOWN_GRACE_MS: String(GRACE_MS),
      },
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));

    const deadline = Date.now() + 90_000;
    for (;;) {
      const ready = await send(port, '/health/ready');
      if ('status' in ready && ready.status === 200) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`app did not become ready:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }

    // The burst: BURST webhooks spread over SPREAD_MS; SIGTERM a quarter of the way in.
    const sent: { callId: string; done: Promise<Outcome> }[] = [];
    const burst = (async () => {
      for (let i = 0; i < BURST; i++) {
        sent.push(webhook(port, i));
        await new Promise((r) => setTimeout(r, SPREAD_MS / BURST));
      }
    })();
    await new Promise((r) => setTimeout(r, SPREAD_MS / 4));
    const signalledAt = Date.now();
    const sentBeforeSignal = sent.length;
    child.kill('SIGTERM');

    // At once: readiness is 503, liveness 200, and webhooks are still accepted during the delay.
    await new Promise((r) => setTimeout(r, 100));
    expect(await send(port, '/health/ready')).toEqual({ status: 503 });
    expect(await send(port, '/health/live')).toEqual({ status: 200 });
    const duringDelay = webhook(port, 10_000);
    expect(await duringDelay.done).toEqual({ status: 204 });

    await burst;
    const outcomes = await Promise.all(sent.map((s) => s.done));
    const code = await exited;
    const exitedAfterMs = Date.now() - signalledAt;

    const acknowledged = sent.filter((_, i) => 'status' in outcomes[i]).map((s) => s.callId);
    const refused = outcomes.filter((o) => 'error' in o) as { error: string }[];
    const reset = sent.filter((_, i) => 'error' in outcomes[i] && outcomes[i].error === 'ECONNRESET');
    // Every request that reached the server was answered 204. The rest could not connect, or connected in the
    // instant the listener closed and were reset before the app read a byte (the kernel's accept backlog and a
    // socket whose request had not arrived yet): the sender sees an error and retries, and nothing was stored.
    expect(outcomes.filter((o) => 'status' in o && o.status !== 204)).toEqual([]);
    expect(refused.filter((o) => o.error !== 'ECONNREFUSED' && o.error !== 'ECONNRESET')).toEqual([]);
    // Those sent before SIGTERM (and during the delay) were all accepted; those after the close were refused.
    expect(outcomes.slice(0, sentBeforeSignal)).toEqual(Array(sentBeforeSignal).fill({ status: 204 }));
    expect(acknowledged.length).toBeGreaterThan(sentBeforeSignal);
    expect(refused.length).toBeGreaterThan(0);
    expect(code).toBe(0);
    expect(exitedAfterMs).toBeLessThan(DELAY_MS + GRACE_MS);
    expect(output).toContain('Shut down cleanly');

    // Every acknowledged webhook is stored.
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ dedupe_key: string }>(
        `SELECT dedupe_key FROM webhook_events WHERE provider = 'retell'`,
      );
      const stored = new Set(rows.map((r) => r.dedupe_key));
      const missing = [...acknowledged, duringDelay.callId].filter((id) => !stored.has(`call_ended:${id}`));
      expect(missing).toEqual([]);
      // A reset request was never read, so it cannot have been stored without an answer.
      expect(reset.filter((r) => stored.has(`call_ended:${r.callId}`)).map((r) => r.callId)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
