import { Pool } from 'pg';
import { addDays, localParts } from 'src/booking/when';
import { sleep } from 'src/platform/async';
import type { FakeCalcom } from 'test/fakes/fake-calcom';
import type { Fault, FakeResponse } from 'test/fakes/fake-http-server';
import { peakRssTargets, requireBuiltApp } from './support/app-process';
import { type BenchRun, intFromEnv, log, reportHead, runBenchmark, type TargetRow } from './support/harness';
import { countBy, prng, round, summaryOf } from './support/stats';
import {
  BENCH_TZ,
  callerNumber,
  callVoiceTool,
  countByPath,
  HALF_HOURS,
  judge,
  type JudgedAnswer,
  ongoingCall,
  seedVoiceWorld,
  startVoiceApp,
  type VoiceBranch,
  voiceToolBudgets,
} from './support/voice-world';

/**
 * Resilience under faults (issue 10, benchmark 4): BENCH_N scripted calls against the built app
 * (`node dist/src/main.js`, real PostgreSQL and Redis) whose Cal.com (test/fakes/fake-calcom) misbehaves.
 *
 *   npm run bench:resilience   (BENCH_N=1000, BENCH_CONCURRENCY=20, BENCH_COMPANIES=25, BENCH_SEED=11,
 *                               BENCH_BOOK_ATTEMPTS=3, BENCH_THINK_MS=1000, BENCH_RETRY_DELAY_MS=1000 override)
 *
 * Each call is one caller (own number, own call id) of one of BENCH_COMPANIES companies (each its own Cal.com
 * key, so the vendor rate limit and the circuit breaker are per company), wanting a slot nobody else wants: it
 * asks `check_availability` for it, thinks, then asks `book_appointment`, and — as Retell's agent would when
 * it heard the fallback, got no answer in time or an error — tries the booking again after
 * BENCH_RETRY_DELAY_MS, BENCH_BOOK_ATTEMPTS attempts in all. BENCH_CONCURRENCY calls run at a time.
 *
 * Cal.com's faults, drawn per request from a seeded PRNG: 20% answer 503; 5% never answer (past every
 * timeout), half of those after the request was carried out (a booking committed, its answer lost); and every
 * 20 s, for 1 s, every request answers 429 with `Retry-After: 1`.
 *
 * A call succeeds when, at the end, Cal.com holds exactly one booking for its caller, the last
 * book_appointment answer told the caller it was booked, and every answer came within the tool's budget
 * (its Retell `timeout_ms`, measured on the client). Prints one JSON object and writes
 * bench/results/resilience.json. Exits 0 when a target is missed (the report says so), 1 on errors.
 */

const N = intFromEnv('BENCH_N', 1000);
const CONCURRENCY = intFromEnv('BENCH_CONCURRENCY', 20);
const COMPANIES = intFromEnv('BENCH_COMPANIES', 25);
const SEED = intFromEnv('BENCH_SEED', 11);
const BOOK_ATTEMPTS = intFromEnv('BENCH_BOOK_ATTEMPTS', 3);
const THINK_MS = intFromEnv('BENCH_THINK_MS', 1000);
const RETRY_DELAY_MS = intFromEnv('BENCH_RETRY_DELAY_MS', 1000);
const REPORT_NAME = 'resilience';
const RETELL_KEY = 'key_bench_resilience_000001';
const TARGETS = { successMin: 0.995, duplicatesMax: 0 };

/** Shares of all Cal.com requests. */
const SHARES = { unavailable: 0.2, hangAfterCommit: 0.025, hangBefore: 0.025 };
const BURST = { everyMs: 20_000, lengthMs: 1000 };
/** The client gives up on an answer after this long (it is then far past any budget anyway). */
const CLIENT_TIMEOUT_MS = 15_000;

type Tool = 'check_availability' | 'book_appointment';

type Step = JudgedAnswer & { tool: Tool; attempt: number };

interface CallRecord {
  index: number;
  phone: string;
  steps: Step[];
  toldBooked: boolean;
  bookAttempts: number;
}

const calcomError = (status: number, code: string, message: string): FakeResponse => ({
  status,
  body: { status: 'error', timestamp: new Date().toISOString(), error: { code, message } },
});

/**
 * The faults as stacked `probability`s: the fake tries them in order and each gets its chance only when the
 * ones before did not fire, so each one's probability is its share of what the earlier ones left.
 */
function faultMix(): Record<keyof typeof SHARES, Fault> {
  let left = 1;
  const share = (value: number) => {
    const p = value / left;
    left -= value;
    return p;
  };
  return {
    hangAfterCommit: { after: 'hang', probability: share(SHARES.hangAfterCommit) },
    hangBefore: { hang: true, probability: share(SHARES.hangBefore) },
    unavailable: {
      respond: calcomError(503, 'ServiceUnavailableException', 'Service Unavailable'),
      probability: share(SHARES.unavailable),
    },
  };
}

/** Every BURST.everyMs, for BURST.lengthMs, every request answers 429 first; returns stop + the burst windows. */
function scheduleBursts(fake: FakeCalcom, mix: Fault[]) {
  const burst: Fault = {
    respond: {
      ...calcomError(429, 'ThrottlerException', 'Too many requests. Please try again later.'),
      headers: { 'Retry-After': '1' },
    },
  };
  const windows: { from: number; to: number }[] = [];
  const apply = (withBurst: boolean) => {
    fake.clearFaults();
    for (const fault of withBurst ? [burst, ...mix] : mix) fake.inject(fault);
  };
  apply(false);
  let end: NodeJS.Timeout | undefined;
  const timer = setInterval(() => {
    apply(true);
    const window = { from: Date.now(), to: Date.now() + BURST.lengthMs };
    windows.push(window);
    end = setTimeout(() => {
      apply(false);
      window.to = Date.now();
    }, BURST.lengthMs);
  }, BURST.everyMs);
  return {
    windows,
    burst,
    stop: () => {
      clearInterval(timer);
      clearTimeout(end);
      fake.clearFaults();
    },
  };
}

/** Call i: branch i mod B, the k-th slot of that branch (k = i div B) from tomorrow on — no two calls share one. */
function slotOf(i: number, branches: number, today: string): { date: string; time: string } {
  const k = Math.floor(i / branches);
  return { date: addDays(today, 1 + Math.floor(k / HALF_HOURS.length)), time: HALF_HOURS[k % HALF_HOURS.length] };
}

async function runCall(
  appUrl: string,
  branch: VoiceBranch,
  i: number,
  slot: { date: string; time: string },
  budgets: Record<string, number>,
): Promise<CallRecord> {
  const record: CallRecord = { index: i, phone: callerNumber(i), steps: [], toldBooked: false, bookAttempts: 0 };
  const call = ongoingCall(branch, `call_bench_res_${process.pid}_${i}`, record.phone);
  const ask = async (tool: Tool, args: Record<string, unknown>, attempt: number) => {
    const res = await callVoiceTool(appUrl, tool, call, args, RETELL_KEY, CLIENT_TIMEOUT_MS);
    const step: Step = { ...judge(tool, res, budgets[tool]), tool, attempt };
    record.steps.push(step);
    return step;
  };
  await ask('check_availability', slot, 1);
  await sleep(THINK_MS);
  for (let attempt = 1; attempt <= BOOK_ATTEMPTS; attempt++) {
    record.bookAttempts = attempt;
    const step = await ask('book_appointment', { ...slot, name: `Bench Anrufer ${i}` }, attempt);
    if (step.outcome === 'booked') {
      record.toldBooked = true;
      break;
    }
    // Taken (the slot is someone else's): asking again would not help.
    if (step.outcome === 'taken') break;
    if (attempt < BOOK_ATTEMPTS) await sleep(RETRY_DELAY_MS);
  }
  return record;
}

async function measure(run: BenchRun): Promise<Record<string, unknown>> {
  const { startedAt, scratch } = run;
  // The fake has no rate limit of its own: its 429s are the injected bursts (the app's vendor limit applies).
  const { fake, children, appUrl } = await startVoiceApp(run, RETELL_KEY);
  fake.random = prng(SEED);
  const today = localParts(new Date(), BENCH_TZ).date;
  const perBranch = Math.ceil(N / COMPANIES);
  const branches = await seedVoiceWorld(appUrl, fake, {
    companies: COMPANIES,
    branchesPerCompany: 1,
    today,
    slotDays: 2 + Math.ceil(perBranch / HALF_HOURS.length),
    tag: 'res',
  });
  const budgets = await voiceToolBudgets(appUrl, branches[0].companyId);
  log(`api ${appUrl}, fake Cal.com ${fake.url}, ${branches.length} companies, budgets ${JSON.stringify(budgets)}`);

  const mix = faultMix();
  const bursts = scheduleBursts(fake, Object.values(mix));
  const firstRequest = fake.requests.length;
  const mixStartedAt = Date.now();
  const records: CallRecord[] = [];
  const errors: string[] = [];
  let next = 0;
  let done = 0;
  const progress = setInterval(() => log(`${done}/${N} calls`), 15_000);
  try {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, w) => {
        await sleep(Math.round((THINK_MS * w) / CONCURRENCY)); // staggered starts
        for (;;) {
          const i = next++;
          if (i >= N) return;
          const branch = branches[i % branches.length];
          try {
            records.push(await runCall(appUrl, branch, i, slotOf(i, branches.length, today), budgets));
          } catch (err) {
            errors.push(`call ${i}: ${(err as Error).message}`);
          }
          done++;
        }
      }),
    );
  } finally {
    clearInterval(progress);
    bursts.stop();
  }
  const mixSeconds = round((Date.now() - mixStartedAt) / 1000, 1);
  const peakRssMb = children.peakRssMb();

  // Bookings per caller, in Cal.com (the truth) and in the app's appointments.
  const accepted = fake.bookings().filter((b) => b.status === 'accepted');
  const byPhone = countBy(accepted, (b) => b.attendees[0]?.phoneNumber ?? '');
  const pool = new Pool({ connectionString: scratch.databaseUrl, max: 1 });
  pool.on('error', () => undefined);
  run.defer(() => pool.end().catch(() => undefined));
  const { rows: stored } = await pool.query<{ uid: string }>(
    `SELECT calcom_booking_uid AS uid FROM appointments WHERE status <> 'cancelled'`,
  );
  const storedUids = new Set(stored.map((r) => r.uid));

  const steps = records.flatMap((r) => r.steps);
  const verdicts = records.map((r) => {
    const bookings = byPhone[r.phone] ?? 0;
    const inBudget = r.steps.every((s) => s.withinBudget);
    return { r, bookings, inBudget, success: bookings === 1 && r.toldBooked && inBudget };
  });
  const succeeded = verdicts.filter((v) => v.success).length;
  const successRate = records.length ? round(succeeded / N, 4) : 0;
  const duplicates = verdicts.filter((v) => v.bookings > 1).length;
  const failures = verdicts.filter((v) => !v.success);
  const latency = (tool: Tool) => summaryOf(steps.filter((s) => s.tool === tool && s.status === 200).map((s) => s.ms));
  const bookLatency = latency('book_appointment');
  const checkLatency = latency('check_availability');
  const upstream = fake.requests.slice(firstRequest);
  const inBurst = (at: number) => bursts.windows.some((w) => at >= w.from && at < w.to);
  const successByAttempt = Array.from({ length: BOOK_ATTEMPTS }, (_, k) => ({
    attempts: k + 1,
    successRate: round(verdicts.filter((v) => v.success && v.r.bookAttempts <= k + 1).length / N, 4),
  }));

  const targets: TargetRow[] = [
    { metric: 'successRate', limit: `>= ${TARGETS.successMin}`, measured: successRate },
    { metric: 'duplicateBookings', limit: `= ${TARGETS.duplicatesMax}`, measured: duplicates },
    { metric: 'bookAppointmentP95Ms', limit: `< ${budgets.book_appointment}`, measured: bookLatency?.p95 ?? null },
    { metric: 'checkAvailabilityP95Ms', limit: `< ${budgets.check_availability}`, measured: checkLatency?.p95 ?? null },
  ].map((t) => ({
    ...t,
    pass:
      t.measured !== null &&
      (t.metric === 'successRate'
        ? t.measured >= TARGETS.successMin
        : t.metric === 'duplicateBookings'
          ? t.measured <= TARGETS.duplicatesMax
          : t.measured < budgets[t.metric.startsWith('book') ? 'book_appointment' : 'check_availability']),
  }));
  targets.push(...peakRssTargets(peakRssMb));
  log(`success ${successRate}, duplicates ${duplicates}, book p95 ${bookLatency?.p95} ms, ${mixSeconds} s`);

  return {
    ...(await reportHead(REPORT_NAME, startedAt)),
    config: {
      calls: N,
      concurrency: CONCURRENCY,
      companies: `${COMPANIES} (one branch, Cal.com key and event type each; call i → company i mod ${COMPANIES})`,
      seed: SEED,
      script: `check_availability for the caller's own slot, ${THINK_MS} ms think time, book_appointment; the booking asked again after ${RETRY_DELAY_MS} ms on anything but booked/taken, ${BOOK_ATTEMPTS} attempts in all; check_availability is not repeated`,
      faults: {
        perRequest: `${SHARES.unavailable * 100}% 503, ${SHARES.hangBefore * 100}% hang before and ${SHARES.hangAfterCommit * 100}% hang after carrying the request out (every Cal.com path), drawn by a seeded PRNG`,
        bursts: `every ${BURST.everyMs / 1000} s for ${BURST.lengthMs} ms: every request 429 with Retry-After: 1`,
      },
      success:
        'exactly one accepted booking in Cal.com for the caller, the last book_appointment answer said booked, every answer with HTTP 200 within the tool budget (client-side)',
      budgetsMs: budgets,
      app: 'node dist/src/main.js, APP_ROLE=api, own process, real PostgreSQL and Redis; Cal.com fake in the bench process',
      latency: 'client side per request (performance.now around the signed POST, keep-alive fetch)',
      database: scratch.databaseName,
      redisPrefix: scratch.redisPrefix,
    },
    targets,
    allTargetsMet: targets.every((t) => t.pass) && errors.length === 0,
    peakRssMb,
    results: {
      mixSeconds,
      calls: records.length,
      succeeded,
      successRate,
      successRateByBookAttempts: successByAttempt,
      duplicateBookings: duplicates,
      failures: {
        total: failures.length,
        noBooking: failures.filter((v) => v.bookings === 0).length,
        bookedButCallerNotTold: failures.filter((v) => v.bookings === 1 && !v.r.toldBooked).length,
        overBudget: failures.filter((v) => !v.inBudget).length,
        examples: failures.slice(0, 10).map((v) => ({
          call: v.r.index,
          bookings: v.bookings,
          steps: v.r.steps.map((s) => `${s.tool}#${s.attempt} ${s.outcome} ${Math.round(s.ms)} ms`),
        })),
      },
      latencyMs: { book_appointment: bookLatency, check_availability: checkLatency },
      answers: {
        total: steps.length,
        overBudget: countBy(
          steps.filter((s) => !s.withinBudget),
          (s) => s.tool,
        ),
        withoutSpeech: steps.filter((s) => !s.spoken).length,
        outcomes: {
          check_availability: countBy(
            steps.filter((s) => s.tool === 'check_availability'),
            (s) => s.outcome,
          ),
          book_appointment: countBy(
            steps.filter((s) => s.tool === 'book_appointment'),
            (s) => s.outcome,
          ),
        },
        bookAttemptsPerCall: countBy(records, (r) => String(r.bookAttempts)),
      },
      bookings: {
        acceptedInCalcom: accepted.length,
        storedAppointments: stored.length,
        inCalcomButNotStored: accepted.filter((b) => !storedUids.has(b.uid)).length,
      },
      upstream: {
        requests: upstream.length,
        byPath: countByPath(upstream),
        injected: {
          unavailable503: mix.unavailable.fired ?? 0,
          hangBefore: mix.hangBefore.fired ?? 0,
          hangAfterCommit: mix.hangAfterCommit.fired ?? 0,
          rateLimited429: bursts.burst.fired ?? 0,
          burstWindows: bursts.windows.length,
          requestsInBursts: upstream.filter((r) => inBurst(r.at)).length,
        },
      },
      errors: errors.slice(0, 20),
    },
  };
}

runBenchmark(REPORT_NAME, measure, { precheck: requireBuiltApp });
