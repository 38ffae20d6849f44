import request from 'supertest';
import { eventually } from 'test/support/eventually';
import {
  allProcessed,
  FAST_SWEEP_ENV,
  inboxOutcome,
  mapConcurrent,
  type RetellWorld,
  startRetellWorld,
  storedTotals,
} from 'test/support/retell-world';
import { TcpProxy } from 'test/support/tcp-proxy';
import { TEST_REDIS_URL } from 'test/support/test-env';

/**
 * Issue 10, chaos: Redis, then PostgreSQL, is cut in the middle of a burst of signed Retell webhooks and
 * restored. Each sits behind a TCP proxy the test controls: `cut()` drops every connection and refuses new ones,
 * so the machine's shared services are never touched. One app, one process, for both: it recovers from each
 * outage by itself, without a restart.
 */

const PG_PORT = 5432;
const CONCURRENCY = 15;

let pgProxy: TcpProxy | undefined;
let redisProxy: TcpProxy | undefined;
let world: RetellWorld | undefined;

beforeAll(async () => {
  pgProxy = await TcpProxy.start(PG_PORT);
  redisProxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
  world = await startRetellWorld('key_platform_chaos_000001', {
    databaseUrl: (url) => pgProxy!.wrap(url),
    env: { REDIS_URL: redisProxy.wrap(TEST_REDIS_URL), ...FAST_SWEEP_ENV },
  });
}, 30_000);

afterAll(async () => {
  await world?.t.close();
  await pgProxy?.close();
  await redisProxy?.close();
}, 20_000);

const readiness = async () => (await request(world!.t.url).get('/health/ready')).status;
/**
 * Posts every call's `call_ended`, CONCURRENCY at a time, running `at[i]` (awaited, while the other requests
 * go on) just before the i-th is sent. A delivery the app never answered counts as status 0.
 */
function burst(callIds: string[], at: Record<number, () => void | Promise<void>>) {
  return mapConcurrent(callIds, CONCURRENCY, async (callId, i) => {
    await at[i]?.();
    const started = Date.now();
    const res = await world!.postCallEnded(callId).catch((err: Error) => ({ status: 0, body: err.message }));
    return { callId, status: res.status, body: res.body, ms: Date.now() - started };
  });
}

const callIdsOf = (name: string, n: number) =>
  Array.from({ length: n }, (_, i) => `call_chaos_${name}_${Date.now()}_${i}`);

describe('Redis cut during a webhook burst (chaos e2e)', () => {
  const EVENTS = 150;
  const CUT_AT = 40;
  const RESTORE_AT = 110;

  it('acknowledges the whole burst and processes every event exactly once after Redis returns', async () => {
    const { t } = world!;
    const before = await storedTotals(t);
    const callIds = callIdsOf('redis', EVENTS);
    let storedDuringCut: Record<string, number> = {};

    const acks = await burst(callIds, {
      [CUT_AT]: () => redisProxy!.cut(),
      [RESTORE_AT]: async () => {
        // The cut bit: what was sent after it is stored (all of it but what is still in flight), none processed.
        storedDuringCut = (await inboxOutcome(t, callIds.slice(CUT_AT, RESTORE_AT))).statuses;
        redisProxy!.restore();
      },
    });

    // Redis is optional for ingest: every delivery was stored and acknowledged, none took long.
    expect(acks.filter((a) => a.status !== 204)).toEqual([]);
    expect(Math.max(...acks.map((a) => a.ms))).toBeLessThan(3000);
    expect(Object.keys(storedDuringCut)).toEqual(['received']);
    expect(storedDuringCut.received).toBeGreaterThan(RESTORE_AT - CUT_AT - CONCURRENCY);

    // Exactly once: every event processed with one claim, one call row and one charge per call.
    const outcome = await allProcessed(t, callIds, 'every acknowledged event processed after Redis returned');
    expect(outcome).toEqual({ statuses: { processed: EVENTS }, reclaimed: 0, notOnce: [], recorded: EVENTS });
    // Nothing else was stored or recorded: no stray event, no call row under another id.
    expect(await storedTotals(t)).toEqual({ events: before.events + EVENTS, calls: before.calls + EVENTS });
  }, 50_000);
});

describe('PostgreSQL cut during a webhook burst (chaos e2e)', () => {
  const EVENTS = 120;
  const CUT_AT = 30;
  const RESTORE_AT = 90;

  it('turns readiness 503 and back, refuses what it cannot store, and loses no acknowledged event', async () => {
    const { t, postCallEnded } = world!;
    const before = await storedTotals(t);
    const callIds = callIdsOf('pg', EVENTS);
    expect(await readiness()).toBe(200);

    const first = await burst(callIds, {
      [CUT_AT]: () => pgProxy!.cut(),
      [RESTORE_AT]: async () => {
        // Readiness notices the cut while the burst goes on; then the database comes back.
        await eventually(async () => (await readiness()) === 503, 'readiness 503 while PostgreSQL is cut', 10_000);
        pgProxy!.restore();
      },
    });

    await eventually(async () => (await readiness()) === 200, 'readiness 200 after PostgreSQL returned', 15_000);

    // The cut hit the burst: some deliveries could not be stored, and each was refused promptly with a clean,
    // retryable 503 in the error envelope (no hang, no dropped connection, no 500).
    const acknowledged = first.filter((r) => r.status === 204).map((r) => r.callId);
    const refused = first.filter((r) => r.status !== 204);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect({ status: r.status, code: (r.body as { error?: { code?: string } })?.error?.code }).toEqual({
        status: 503,
        code: 'UPSTREAM_UNAVAILABLE',
      });
    }
    expect(Math.max(...first.map((r) => r.ms))).toBeLessThan(5000);

    // No acknowledged event was lost: each is stored, and each ends processed, recorded and charged once —
    // those whose processing the cut interrupted included.
    const stored = await inboxOutcome(t, acknowledged);
    expect(Object.values(stored.statuses).reduce((a, b) => a + b, 0)).toBe(acknowledged.length);
    const outcome = await allProcessed(t, acknowledged, 'every acknowledged event processed after the cut');
    expect(outcome).toMatchObject({ notOnce: [], recorded: acknowledged.length });

    // Retell redelivers what was refused: the same process, never restarted, stores and processes all of it.
    const redelivered = await mapConcurrent(refused, CONCURRENCY, async (r) => (await postCallEnded(r.callId)).status);
    expect(redelivered.filter((s) => s !== 204)).toEqual([]);
    const all = await allProcessed(t, callIds, 'every event processed after redelivery');
    expect(all).toMatchObject({ statuses: { processed: EVENTS }, notOnce: [], recorded: EVENTS });
    expect(await storedTotals(t)).toEqual({ events: before.events + EVENTS, calls: before.calls + EVENTS });
  }, 50_000);
});
