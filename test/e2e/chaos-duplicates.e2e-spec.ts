import {
  allProcessed,
  mapConcurrent,
  type RetellWorld,
  startRetellWorld,
  storedTotals,
} from 'test/support/retell-world';

/**
 * Issue 10, chaos: 10,000 deliveries of 100 distinct `call_ended` events (each delivered 100 times, freshly
 * signed, the copies of one event in flight at the same time as each other) end as exactly 100 stored and
 * processed events and 100 call rows with one charge each. Every delivery is acknowledged: a duplicate is
 * acknowledged and ignored (DESIGN §5).
 */

const RETELL_KEY = 'key_platform_chaos_dupes_1';
const DISTINCT = 100;
const COPIES = 100;
const CONCURRENCY = 50;
const SAME_TIME = 5;

let world: RetellWorld | undefined;

beforeAll(async () => {
  // The production default for waiting on a pooled connection (test apps use 1 s to notice a cut quickly):
  // 50 concurrent deliveries beside another e2e worker on two cores can wait longer than 1 s for one.
  world = await startRetellWorld(RETELL_KEY, {
    env: { WEBHOOK_RETRY_BACKOFF_MS: '20', DATABASE_CONNECT_TIMEOUT_MS: '5000' },
  });
}, 30_000);

afterAll(async () => {
  await world?.t.close();
}, 60_000);

describe('10,000 duplicate deliveries (chaos e2e)', () => {
  it('stores, processes and records each of the 100 events exactly once', async () => {
    const { t, postCallEnded } = world!;
    const stamp = Date.now();
    const callIds = Array.from({ length: DISTINCT }, (_, i) => `call_chaos_dupe_${stamp}_${i}`);
    // Twenty passes over the events, each event SAME_TIME copies at once: the requests in flight at any moment
    // are a few copies each of several events, and in the first pass the first copies of an event race each
    // other to store it.
    const deliveries = Array.from(
      { length: DISTINCT * COPIES },
      (_, i) => callIds[Math.floor(i / SAME_TIME) % DISTINCT],
    );

    const statuses = await mapConcurrent(
      deliveries,
      CONCURRENCY,
      async (callId) => (await postCallEnded(callId)).status,
    );

    const byStatus: Record<number, number> = {};
    for (const status of statuses) byStatus[status] = (byStatus[status] ?? 0) + 1;
    expect(byStatus).toEqual({ 204: DISTINCT * COPIES });

    const outcome = await allProcessed(t, callIds, 'the 100 distinct events processed');
    expect(outcome).toEqual({ statuses: { processed: DISTINCT }, reclaimed: 0, notOnce: [], recorded: DISTINCT });
    expect(await storedTotals(t)).toEqual({ events: DISTINCT, calls: DISTINCT });
    // 10,000 requests take ~25 s alone, and up to three times that beside another e2e worker on two cores.
  }, 150_000);
});
