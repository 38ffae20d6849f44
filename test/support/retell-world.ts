import { endedCall, postSignedToRetellEndpoint, retellWebhook, type SignedPostResult } from 'test/fakes/retell-signer';
import { eventually } from './eventually';
import { addPhoneNumber, apiAs, seedTwoTenants } from './seed';
import { startTestApp, type StartOptions, type TestApp } from './test-app';

export const RETELL_PATH = '/api/mcp/retell/webhook';
const NUMBER_A = '+493012345678';
const CALLER = '+4915112345678';

/**
 * The usual world of the webhook outage and chaos tests: an app whose Retell events are signed with the
 * platform key `retellKey`, and company A (agent `agent_a`, number +493012345678, a balance to charge calls to).
 */
/** Sweeper settings for outage tests: an event stored but never processed is enqueued again within a second. */
export const FAST_SWEEP_ENV = {
  WEBHOOK_SWEEP_INTERVAL_MS: '300',
  WEBHOOK_SWEEP_AFTER_MS: '500',
  WEBHOOK_RETRY_BACKOFF_MS: '20',
};

export interface RetellWorld {
  t: TestApp;
  retellKey: string;
  companyId: string;
  /** POSTs a signed `call_ended` of that call to company A's number, as Retell does (a fresh signature each time). */
  postCallEnded(callId: string): Promise<SignedPostResult>;
}

export async function startRetellWorld(retellKey: string, options: StartOptions = {}): Promise<RetellWorld> {
  const t = await startTestApp({ ...options, env: { RETELL_API_KEY: retellKey, ...options.env } });
  try {
    const world = await seedTwoTenants(t);
    const su = apiAs(t, world.su);
    await su.patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { retellAgentId: 'agent_a' }).expect(200);
    await addPhoneNumber(su, world.a.id, NUMBER_A, world.branchA);
    await t.dataSource.query('UPDATE companies SET balance_cents = 10000000 WHERE id = $1', [world.a.id]);
    const body = (callId: string) =>
      JSON.stringify(
        retellWebhook('call_ended', endedCall({ call_id: callId, from_number: CALLER, to_number: NUMBER_A })),
      );
    return {
      t,
      retellKey,
      companyId: world.a.id,
      postCallEnded: (callId) => postSignedToRetellEndpoint(t.url, RETELL_PATH, body(callId), retellKey),
    };
  } catch (err) {
    await t.close();
    throw err;
  }
}

export interface InboxOutcome {
  /** webhook_events of those calls' `call_ended` by status. */
  statuses: Record<string, number>;
  /** Events whose processing was claimed more than once. */
  reclaimed: number;
  /** Calls (of those ids) with other than exactly one call row and one charge. */
  notOnce: { retell_call_id: string; rows: number; charges: number }[];
  /** How many of those ids have a call row. */
  recorded: number;
}

/** What became of the `call_ended` events of these call ids: stored, processed, recorded and charged how often. */
export async function inboxOutcome(t: TestApp, callIds: string[]): Promise<InboxOutcome> {
  const dedupeKeys = callIds.map((id) => `call_ended:${id}`);
  const events: { status: string; n: number; reclaimed: number }[] = await t.dataSource.query(
    `SELECT status, count(*)::int AS n, count(*) FILTER (WHERE attempts > 1)::int AS reclaimed
       FROM webhook_events WHERE provider = 'retell' AND dedupe_key = ANY($1) GROUP BY status`,
    [dedupeKeys],
  );
  const perCall: { retell_call_id: string; rows: number; charges: number }[] = await t.dataSource.query(
    `SELECT c.retell_call_id, count(DISTINCT c.id)::int AS rows, count(bt.id)::int AS charges
       FROM calls c LEFT JOIN balance_transactions bt ON bt.call_id = c.id AND bt.type = 'call_charge'
      WHERE c.retell_call_id = ANY($1)
      GROUP BY c.retell_call_id`,
    [callIds],
  );
  return {
    statuses: Object.fromEntries(events.map((e) => [e.status, e.n])),
    reclaimed: events.reduce((sum, e) => sum + e.reclaimed, 0),
    notOnce: perCall.filter((c) => c.rows !== 1 || c.charges !== 1),
    recorded: perCall.length,
  };
}

/** How many webhook events and calls the app's database holds in all (nothing stored under other ids). */
export async function storedTotals(t: TestApp): Promise<{ events: number; calls: number }> {
  const [totals] = await t.dataSource.query(
    'SELECT (SELECT count(*)::int FROM webhook_events) AS events, (SELECT count(*)::int FROM calls) AS calls',
  );
  return totals;
}

/**
 * Waits until every one of these calls' events is `processed` and every call is recorded, then returns the
 * outcome for the exactly-once assertions.
 */
export async function allProcessed(t: TestApp, callIds: string[], what: string, ms = 20_000): Promise<InboxOutcome> {
  let outcome: InboxOutcome | undefined;
  await eventually(
    async () => {
      outcome = await inboxOutcome(t, callIds);
      return outcome.statuses.processed === callIds.length && outcome.recorded === callIds.length;
    },
    what,
    ms,
  ).catch((err: Error) => {
    throw new Error(`${err.message}; last seen: ${JSON.stringify(outcome)}`);
  });
  return outcome!;
}

/** Runs `fn` over `items` with at most `concurrency` in flight; results in the order of `items`. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}
