import { addDays, localParts } from 'src/booking/when';
import { sleep } from 'src/platform/async';
import type { FakeCalcom } from 'test/fakes/fake-calcom';
import { peakRssTargets, requireBuiltApp } from './support/app-process';
import { type BenchRun, intFromEnv, log, reportHead, runBenchmark } from './support/harness';
import { countBy, prng, round, summaryOf } from './support/stats';
import {
  BENCH_TZ,
  callerNumber,
  callVoiceTool,
  countByPath,
  HALF_HOURS,
  ongoingCall,
  seedVoiceWorld,
  startVoiceApp,
  type VoiceBranch,
} from './support/voice-world';

/**
 * `check_availability` through Retell's function-call endpoint (`POST /api/mcp/retell/functions/…`, signed
 * with x-retell-signature) against the built app (`node dist/src/main.js`, real PostgreSQL and Redis), with a
 * loopback Cal.com (test/fakes/fake-calcom) that answers `GET /v2/slots` after 150 ms.
 *
 *   npm run bench:voice   (builds dist and dist-bench; BENCH_CALLS=200, BENCH_CONCURRENCY=16, BENCH_WALL_S=240,
 *                          BENCH_THINK_MS (derived from the wall-clock budget), BENCH_SEED=7 override)
 *
 * The mix: BENCH_CALLS scripted calls over 10 branches (5 companies with 2 branches each, every branch its own
 * number, agent and Cal.com event type with a slot every 30 min 08:00–18:00 Berlin time), BENCH_CONCURRENCY
 * at a time, with think time between turns so that the calls take about BENCH_WALL_S. Each call asks
 * `check_availability` 3 times (the first for a date in the next 3 days, the others for the same or the next
 * date as the one before; half with a time), and 40% then book one of the offered slots (`book_appointment`).
 *
 * Measured per request on the client: latency, cold or warm — cold when Cal.com received a `GET /v2/slots`
 * for the same event type and start date while the request was open (the cache entry was absent, or another
 * request was already fetching it), else warm. After every answer each offered slot is checked against the
 * fake's accepted bookings at that moment. Savings = 1 − GET /v2/slots ÷ check_availability answers.
 * A replay of the recorded mix through simple cache models shows what other key designs would save.
 *
 * Prints one JSON object and writes bench/results/voice-availability.json. Exits 0 when a target is missed
 * (the report says so), 1 on errors.
 */

const CALLS = intFromEnv('BENCH_CALLS', 200);
const CONCURRENCY = intFromEnv('BENCH_CONCURRENCY', 16);
const WALL_S = intFromEnv('BENCH_WALL_S', 240);
const SEED = intFromEnv('BENCH_SEED', 7);
const REPORT_NAME = 'voice-availability';
const TARGETS = { warmP95Ms: 20, coldP95Ms: 250, savingsMin: 0.8, staleOffersMax: 0 };

const COMPANIES = 5;
const BRANCHES_PER_COMPANY = 2;
const TZ = BENCH_TZ;
const UPSTREAM_LATENCY_MS = 150;
const CACHE_TTL_MS = 30_000;
/** As src/voice-tools/voice.mcp-server.ts ALTERNATIVE_DAYS: the range check_availability asks Cal.com for. */
const RANGE_DAYS = 7;
const SLOT_DAYS = 16;
const BOOK_SHARE = 0.4;
const CHECKS_PER_CALL = 3;
const RETELL_KEY = 'key_bench_voice_platform_000001';
/** Turns that are followed by think time per call: 2 between the checks, 0.4 before the booking. */
const THINKS_PER_CALL = CHECKS_PER_CALL - 1 + BOOK_SHARE;
const THINK_MS =
  process.env.BENCH_THINK_MS !== undefined
    ? intFromEnv('BENCH_THINK_MS', 1)
    : Math.max(50, Math.round((WALL_S * 1000) / Math.ceil(CALLS / CONCURRENCY) / THINKS_PER_CALL) - 50);

// ---------------------------------------------------------------------------------------------------------
// Seeding

type Branch = VoiceBranch;

const seed = (base: string, fake: FakeCalcom, today: string): Promise<Branch[]> =>
  seedVoiceWorld(base, fake, {
    companies: COMPANIES,
    branchesPerCompany: BRANCHES_PER_COMPANY,
    today,
    slotDays: SLOT_DAYS,
    tag: 'voice',
  });

// ---------------------------------------------------------------------------------------------------------
// The scripted calls

interface Slot {
  start: string;
  spoken?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = Record<string, any>;

interface Sample {
  tool: 'check_availability' | 'book_appointment';
  branch: number;
  eventTypeId: number;
  /** The date asked for (check) or booked (book). */
  date: string;
  withTime: boolean;
  sentAt: number;
  answeredAt: number;
  ms: number;
  status: number;
  ok: boolean;
  cold: boolean | null;
  offered: number;
  staleOffers: StaleOffer[];
  outcome: string;
}

interface StaleOffer {
  start: string;
  /** Booked before the request was sent (served from a stale entry), or while it was open (a race). */
  bookedBeforeRequest: boolean;
  bookedAt: number;
}

class Recorder {
  readonly samples: Sample[] = [];
  readonly errors: string[] = [];
  /** Accepted booking instants per event type → when the bench saw Cal.com accept them. */
  private readonly bookedAt = new Map<string, number>();

  constructor(private readonly fake: FakeCalcom) {}

  /** Accepted bookings right now, by event type and instant (with the time the fake created them). */
  private accepted(): Map<string, number> {
    for (const b of this.fake.bookings()) {
      const key = `${b.eventTypeId}|${Date.parse(b.start)}`;
      if (b.status === 'accepted' && !this.bookedAt.has(key)) this.bookedAt.set(key, Date.parse(b.createdAt));
      if (b.status !== 'accepted') this.bookedAt.delete(key);
    }
    return this.bookedAt;
  }

  stale(eventTypeId: number, offered: Slot[], sentAt: number): StaleOffer[] {
    const accepted = this.accepted();
    const out: StaleOffer[] = [];
    for (const slot of offered) {
      const at = accepted.get(`${eventTypeId}|${Date.parse(slot.start)}`);
      if (at !== undefined) out.push({ start: slot.start, bookedBeforeRequest: at < sentAt, bookedAt: at });
    }
    return out;
  }

  /** Whether Cal.com got a GET /v2/slots for this event type covering the date while the request was open. */
  cold(eventTypeId: number, date: string, sentAt: number, answeredAt: number): boolean {
    const requests = this.fake.requests;
    for (let i = requests.length - 1; i >= 0; i--) {
      const r = requests[i];
      if (r.at < sentAt) break;
      if (r.at > answeredAt || r.method !== 'GET' || r.path !== '/v2/slots') continue;
      const [start, end] = [r.query.get('start')?.slice(0, 10) ?? '', r.query.get('end')?.slice(0, 10) ?? ''];
      if (r.query.get('eventTypeId') === String(eventTypeId) && start <= date && date <= end) return true;
    }
    return false;
  }
}

const offeredSlots = (answer: Answer): Slot[] => [
  ...((Array.isArray(answer.slots) ? answer.slots : []) as Slot[]),
  ...((Array.isArray(answer.alternatives) ? answer.alternatives : []) as Slot[]),
];

async function runCall(
  appUrl: string,
  branch: Branch,
  callIndex: number,
  random: () => number,
  recorder: Recorder,
  today: string,
): Promise<void> {
  const think = () => sleep(Math.round(THINK_MS * (0.5 + random())));
  const call = ongoingCall(branch, `call_bench_voice_${process.pid}_${callIndex}`, callerNumber(callIndex));
  const post = async (tool: Sample['tool'], args: Record<string, unknown>, date: string) => {
    const { status, answer, text, ms, sentAt, answeredAt } = await callVoiceTool(appUrl, tool, call, args, RETELL_KEY);
    const res = { status, text };
    const offered = offeredSlots(answer);
    const sample: Sample = {
      tool,
      branch: branch.index,
      eventTypeId: branch.eventTypeId,
      date,
      withTime: typeof args.time === 'string',
      sentAt,
      answeredAt,
      ms,
      status: res.status,
      ok: res.status === 200 && answer.ok === true,
      cold: tool === 'check_availability' ? recorder.cold(branch.eventTypeId, date, sentAt, answeredAt) : null,
      offered: offered.length,
      staleOffers: recorder.stale(branch.eventTypeId, offered, sentAt),
      outcome:
        res.status !== 200
          ? `http_${res.status}`
          : tool === 'book_appointment'
            ? answer.booked === true
              ? 'booked'
              : typeof answer.error === 'string'
                ? answer.error
                : 'taken'
            : answer.ok === true
              ? answer.available
                ? 'available'
                : 'alternatives'
              : String(answer.error ?? answer.missing ?? 'not_ok'),
    };
    recorder.samples.push(sample);
    if (res.status !== 200) recorder.errors.push(`${tool} ${res.status} ${res.text.slice(0, 200)}`);
    return { answer, offered };
  };

  // First ask: a date in the next 3 days; then the same or the next date. Half the asks name a time.
  let date = addDays(today, 1 + Math.floor(random() * 3));
  let last: Slot[] = [];
  for (let turn = 0; turn < CHECKS_PER_CALL; turn++) {
    if (turn > 0) {
      await think();
      if (random() < 0.5) date = addDays(date, 1);
    }
    const args: Record<string, unknown> = { date };
    if (random() < 0.5) args.time = HALF_HOURS[Math.floor(random() * HALF_HOURS.length)];
    const { offered } = await post('check_availability', args, date);
    if (offered.length) last = offered;
  }
  if (random() < BOOK_SHARE && last.length) {
    await think();
    const slot = last[Math.floor(random() * Math.min(3, last.length))];
    const local = localParts(slot.start, TZ);
    await post(
      'book_appointment',
      { date: local.date, time: local.time, name: `Bench Anrufer ${callIndex}` },
      local.date,
    );
  }
}

/** CONCURRENCY workers take the calls in order; the branch of call i is i mod 10. */
async function runMix(appUrl: string, branches: Branch[], recorder: Recorder, today: string): Promise<void> {
  let next = 0;
  const worker = async (w: number) => {
    const random = prng(SEED * 1000 + w);
    await sleep(Math.round((THINK_MS * w) / CONCURRENCY)); // staggered starts
    for (;;) {
      const i = next++;
      if (i >= CALLS) return;
      try {
        await runCall(appUrl, branches[i % branches.length], i, random, recorder, today);
      } catch (err) {
        recorder.errors.push(`call ${i}: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
}

// ---------------------------------------------------------------------------------------------------------
// What other cache designs would save on the recorded mix

type CacheModel = 'range' | 'anchored' | 'perDay' | 'anchoredPerDay';

interface ReplayEvent {
  at: number;
  kind: 'check' | 'book';
  eventTypeId: number;
  date: string;
}

/**
 * Replays the mix (checks at their send time, accepted bookings at their acceptance) through a model of a cache
 * with CACHE_TTL_MS and invalidation of the booked date ±1 day; returns the upstream fetches per check.
 * - `range`: today's design, one entry per (event type, first date) covering RANGE_DAYS dates.
 * - `anchored`: one entry per event type covering today … today + 13 (every check shares it).
 * - `perDay`: one entry per (event type, date); a check fetches its missing dates in one request.
 * - `anchoredPerDay`: a miss fetches today … today + 13 at once and stores it per date (a booking drops 3 days).
 */
function replay(events: ReplayEvent[], model: CacheModel): { fetches: number; checks: number } {
  const entries = new Map<string, { until: number; dates: string[] }>();
  let fetches = 0;
  let checks = 0;
  for (const e of [...events].sort((a, b) => a.at - b.at)) {
    if (e.kind === 'book') {
      const touched = new Set([addDays(e.date, -1), e.date, addDays(e.date, 1)]);
      for (const [key, entry] of entries) {
        if (key.startsWith(`${e.eventTypeId}|`) && entry.dates.some((d) => touched.has(d))) entries.delete(key);
      }
      continue;
    }
    checks++;
    const range = Array.from({ length: RANGE_DAYS }, (_, i) => addDays(e.date, i));
    if (model === 'perDay' || model === 'anchoredPerDay') {
      const missing = range.filter((d) => (entries.get(`${e.eventTypeId}|${d}`)?.until ?? 0) <= e.at);
      if (!missing.length) continue;
      fetches++;
      const today = localParts(new Date(e.at), TZ).date;
      const filled =
        model === 'perDay' ? missing : Array.from({ length: 14 }, (_, i) => addDays(today, i)).concat(missing);
      for (const d of filled) entries.set(`${e.eventTypeId}|${d}`, { until: e.at + CACHE_TTL_MS, dates: [d] });
      continue;
    }
    const key = model === 'range' ? `${e.eventTypeId}|${e.date}` : `${e.eventTypeId}|anchored`;
    if ((entries.get(key)?.until ?? 0) > e.at) continue;
    fetches++;
    const first = model === 'range' ? e.date : localParts(new Date(e.at), TZ).date;
    const dates = Array.from({ length: model === 'range' ? RANGE_DAYS : 14 }, (_, i) => addDays(first, i));
    entries.set(key, { until: e.at + CACHE_TTL_MS, dates });
  }
  return { fetches, checks };
}

// ---------------------------------------------------------------------------------------------------------

async function measure(run: BenchRun): Promise<Record<string, unknown>> {
  const { startedAt, scratch } = run;
  // The app's own vendor limit (120/min per key) is what is exercised, not the fake's.
  const { fake, children, appUrl } = await startVoiceApp(run, RETELL_KEY, { rateLimitPerMinute: 10_000 });
  const today = localParts(new Date(), TZ).date;
  const branches = await seed(appUrl, fake, today);
  fake.inject({ method: 'GET', path: /^\/v2\/slots$/, latencyMs: UPSTREAM_LATENCY_MS });
  log(`api ${appUrl}, fake Cal.com ${fake.url}, ${branches.length} branches, think time ${THINK_MS} ms`);

  // Warm-up (JIT, pools, the directory cache): each branch asks for a date outside the mix's window.
  for (const branch of branches) {
    for (let i = 0; i < 3; i++) {
      await callVoiceTool(
        appUrl,
        'check_availability',
        { call_id: `call_warm_${branch.index}`, agent_id: branch.agentId, to_number: branch.number },
        { date: addDays(today, 12) },
        RETELL_KEY,
      );
    }
  }

  const recorder = new Recorder(fake);
  const mixStartedAt = Date.now();
  const firstRequest = fake.requests.length;
  log(`mix: ${CALLS} calls, ${CONCURRENCY} at a time, ~${WALL_S} s`);
  await runMix(appUrl, branches, recorder, today);
  const mixSeconds = round((Date.now() - mixStartedAt) / 1000, 1);
  const peakRssMb = children.peakRssMb();
  const upstream = fake.requests.slice(firstRequest);
  const slotsRequests = upstream.filter((r) => r.method === 'GET' && r.path === '/v2/slots').length;

  const checks = recorder.samples.filter((s) => s.tool === 'check_availability');
  const books = recorder.samples.filter((s) => s.tool === 'book_appointment');
  const answered = checks.filter((s) => s.status === 200);
  const cold = answered.filter((s) => s.cold).map((s) => s.ms);
  const warm = answered.filter((s) => !s.cold).map((s) => s.ms);
  const savings = answered.length ? round(1 - slotsRequests / answered.length, 4) : null;
  const staleChecks = checks.flatMap((s) => s.staleOffers);
  const staleBooks = books.flatMap((s) => s.staleOffers);
  const staleBefore = staleChecks.filter((o) => o.bookedBeforeRequest).length;
  const outcomes = (list: Sample[]) => countBy(list, (s) => s.outcome);
  const coldStats = summaryOf(cold);
  const warmStats = summaryOf(warm);
  log(`cold ${JSON.stringify(coldStats)}\nwarm ${JSON.stringify(warmStats)}\nsavings ${savings}`);

  const events: ReplayEvent[] = [
    ...answered.map((s) => ({ at: s.sentAt, kind: 'check' as const, eventTypeId: s.eventTypeId, date: s.date })),
    ...fake
      .bookings()
      .filter((b) => b.status === 'accepted' && Date.parse(b.createdAt) >= mixStartedAt)
      .map((b) => ({
        at: Date.parse(b.createdAt),
        kind: 'book' as const,
        eventTypeId: b.eventTypeId,
        date: localParts(b.start, TZ).date,
      })),
  ];
  const model = (name: CacheModel) => {
    const r = replay(events, name);
    return { fetches: r.fetches, checks: r.checks, savings: r.checks ? round(1 - r.fetches / r.checks, 4) : null };
  };
  // Without bookings: how much the TTL alone allows.
  const noBookings = (name: CacheModel) => {
    const r = replay(
      events.filter((e) => e.kind === 'check'),
      name,
    );
    return r.checks ? round(1 - r.fetches / r.checks, 4) : null;
  };
  const distinctKeys = new Set(answered.map((s) => `${s.eventTypeId}|${s.date}`)).size;

  const targets = [
    { metric: 'warmP95Ms', limit: `< ${TARGETS.warmP95Ms}`, measured: warmStats?.p95 ?? null },
    { metric: 'coldP95Ms', limit: `< ${TARGETS.coldP95Ms}`, measured: coldStats?.p95 ?? null },
    { metric: 'cacheSavings', limit: `>= ${TARGETS.savingsMin}`, measured: savings },
    { metric: 'bookedSlotsOffered', limit: `= ${TARGETS.staleOffersMax}`, measured: staleChecks.length },
  ].map((t) => ({
    ...t,
    pass:
      t.measured !== null &&
      (t.metric === 'warmP95Ms'
        ? t.measured < TARGETS.warmP95Ms
        : t.metric === 'coldP95Ms'
          ? t.measured < TARGETS.coldP95Ms
          : t.metric === 'cacheSavings'
            ? t.measured >= TARGETS.savingsMin
            : t.measured <= TARGETS.staleOffersMax),
  }));
  targets.push(...peakRssTargets(peakRssMb));
  return {
    ...(await reportHead(REPORT_NAME, startedAt)),
    config: {
      calls: CALLS,
      concurrency: CONCURRENCY,
      wallClockBudgetSeconds: WALL_S,
      thinkTimeMs: `${THINK_MS} × uniform(0.5, 1.5)`,
      seed: SEED,
      branches: `${COMPANIES * BRANCHES_PER_COMPANY} (${COMPANIES} companies × ${BRANCHES_PER_COMPANY}), one event type each`,
      script: `${CHECKS_PER_CALL} check_availability per call (first: a date 1–3 days ahead; then same or next date, 50/50; half with a time), ${BOOK_SHARE * 100}% then book_appointment with an offered slot`,
      upstream: `FakeCalcom (loopback), GET /v2/slots answered after ${UPSTREAM_LATENCY_MS} ms; slots every 30 min 08:00–18:00 ${TZ}`,
      cache: `calcom.check_availability cacheTtlSeconds 30; the voice tool asks for ${RANGE_DAYS} days from the wished date`,
      app: 'node dist/src/main.js, APP_ROLE=api, own process, real PostgreSQL and Redis',
      latency: 'client side per request (performance.now around the signed POST, keep-alive fetch)',
      coldWarm:
        'cold: Cal.com got GET /v2/slots for the same event type covering the date while the request was open; else warm',
      database: scratch.databaseName,
      redisPrefix: scratch.redisPrefix,
    },
    targets,
    allTargetsMet: targets.every((t) => t.pass) && recorder.errors.length === 0,
    peakRssMb,
    results: {
      mixSeconds,
      checkAvailability: {
        answers: answered.length,
        cold: { count: cold.length, latencyMs: coldStats },
        warm: { count: warm.length, latencyMs: warmStats },
        all: summaryOf(answered.map((s) => s.ms)),
        withTime: answered.filter((s) => s.withTime).length,
        outcomes: outcomes(checks),
      },
      upstream: {
        slotsRequests,
        savings,
        byPath: countByPath(upstream),
        distinctEventTypeStartDates: distinctKeys,
      },
      bookAppointment: {
        requests: books.length,
        outcomes: outcomes(books),
        latencyMs: summaryOf(books.map((s) => s.ms)),
      },
      bookedSlotsOffered: {
        byCheckAvailability: staleChecks.length,
        bookedBeforeTheRequest: staleBefore,
        bookedWhileTheRequestWasOpen: staleChecks.length - staleBefore,
        byBookAppointmentAlternatives: staleBooks.length,
        examples: staleChecks.slice(0, 5),
      },
      cacheModels: {
        note: 'replay of this mix (checks at send time, bookings at acceptance) through a cache model, TTL 30 s, booked date ±1 invalidated',
        range7FromWishedDate: { ...model('range'), withoutBookings: noBookings('range') },
        anchoredTodayPlus14: { ...model('anchored'), withoutBookings: noBookings('anchored') },
        perDayEntries: { ...model('perDay'), withoutBookings: noBookings('perDay') },
        anchoredFetchPerDayEntries: { ...model('anchoredPerDay'), withoutBookings: noBookings('anchoredPerDay') },
      },
      errors: recorder.errors.slice(0, 20),
      errorCount: recorder.errors.length,
    },
  };
}

runBenchmark(REPORT_NAME, measure, { precheck: requireBuiltApp });
