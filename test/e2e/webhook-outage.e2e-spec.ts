import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import {
  allProcessed,
  FAST_SWEEP_ENV,
  inboxOutcome,
  type RetellWorld,
  startRetellWorld,
} from 'test/support/retell-world';

/**
 * DESIGN §5 outage drill: Redis stops while Retell events arrive. Every event is still stored and
 * acknowledged quickly (enqueueing gives up after 1 s), and once Redis is back the sweeper enqueues them all:
 * every call is recorded, every event ends `processed`, and nothing is processed twice.
 *
 * The Redis here is a redis-server this test starts on a spare port: the machine's shared one is never touched.
 */

const PLATFORM_KEY = 'key_platform_outage_0001';
const EVENTS = 20;
const ACK_LIMIT_MS = 3000;

/** A test-owned redis-server on one port, stoppable and restartable on that same port. */
class ScratchRedis {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<ScratchRedis> {
    const redis = new ScratchRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', [...args, '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    const collect = (chunk: Buffer) => void (output += chunk.toString());
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 5000);
      const onData = () => {
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
    // Keep draining the pipes so the child never blocks on a full buffer.
    child.stdout!.removeAllListeners('data').resume();
    child.stderr!.removeAllListeners('data').resume();
    child.removeAllListeners('exit');
  }

  /** SIGKILL, as a crash: waits until the process is gone (and the port closed). */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
}

/** A port nobody listens on right now (the OS's pick for port 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let redis: ScratchRedis | undefined;
let world: RetellWorld | undefined;

beforeAll(async () => {
  redis = await ScratchRedis.start();
  world = await startRetellWorld(PLATFORM_KEY, { env: { REDIS_URL: redis.url, ...FAST_SWEEP_ENV } });
}, 30_000);

afterAll(async () => {
  // Redis first: it is ours, and it must never outlive the test, whatever failed.
  await redis?.kill();
  await world?.t.close();
}, 20_000);

describe('Redis outage while Retell events arrive (e2e)', () => {
  it('acknowledges every event fast while Redis is down and processes each exactly once after it returns', async () => {
    const { t: app, postCallEnded } = world!;
    // Warm-up with Redis up: the path works end to end before the outage.
    const warmId = `call_outage_warm_${Date.now()}`;
    expect((await postCallEnded(warmId)).status).toBe(204);
    await allProcessed(app, [warmId], 'warm-up event processed', 10_000);

    await redis!.kill();

    const callIds = Array.from({ length: EVENTS }, (_, i) => `call_outage_${Date.now()}_${i}`);
    const acks = await Promise.all(
      callIds.map(async (callId) => {
        const started = Date.now();
        const res = await postCallEnded(callId);
        return { callId, status: res.status, ms: Date.now() - started };
      }),
    );
    expect(acks.map((a) => a.status)).toEqual(callIds.map(() => 204));
    for (const ack of acks) expect(ack.ms).toBeLessThan(ACK_LIMIT_MS);

    // Acknowledged means stored; none can have been processed without Redis.
    expect((await inboxOutcome(app, callIds)).statuses).toEqual({ received: EVENTS });

    await redis!.start();

    // Exactly once: every event processed with one claim, one call row and one charge per call.
    const outcome = await allProcessed(
      app,
      callIds,
      'every call recorded and every event processed after Redis returned',
    );
    expect(outcome).toEqual({ statuses: { processed: EVENTS }, reclaimed: 0, notOnce: [], recorded: EVENTS });
    // Every webhook event of the run, the warm-up included, ends processed.
    const statuses: { status: string; n: number }[] = await app.dataSource.query(
      'SELECT status, count(*)::int AS n FROM webhook_events GROUP BY status',
    );
    expect(statuses).toEqual([{ status: 'processed', n: EVENTS + 1 }]);
  }, 50_000);
});
