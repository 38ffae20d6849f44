import { addDays, localParts } from 'src/booking/when';
import { sleep } from 'src/platform/async';
import { TcpProxy } from 'test/support/tcp-proxy';
import { peakRssTargets, requireBuiltApp } from './support/app-process';
import { type BenchRun, intFromEnv, log, reportHead, runBenchmark, type TargetRow } from './support/harness';
import { countBy, median, round, summaryOf } from './support/stats';
import {
  BENCH_TZ,
  callerNumber,
  callVoiceTool,
  HALF_HOURS,
  judge,
  type JudgedAnswer,
  ongoingCall,
  REAL_OUTCOMES,
  seedVoiceWorld,
  startVoiceApp,
  voiceToolBudgets,
} from './support/voice-world';

/**
 * Cal.com outage (issue 10, benchmark 5): a steady stream of voice calls against the built app
 * (`node dist/src/main.js`, real PostgreSQL and Redis) while its Cal.com goes away for BENCH_OUTAGE_MS and
 * comes back. Cal.com (test/fakes/fake-calcom) sits behind a TCP proxy (test/support/tcp-proxy) that, when
 * cut, drops every connection and resets every new one — a Cal.com that is down.
 *
 *   npm run bench:outage   (BENCH_OUTAGE_MS=30000, BENCH_LEAD_MS=20000, BENCH_TAIL_MS=30000,
 *                           BENCH_COMPANIES=8, BENCH_THINK_MS=1000 override)
 *
 * One caller at a time per company (each its own Cal.com key, so each has its own circuit breaker) asks
 * `check_availability` for a slot, thinks, asks `book_appointment` for it, thinks, and the next caller
 * follows. Measured, on the client:
 * - time to fail fast: from the cut to the first answer that is the fallback because the circuit is open
 *   (`error: CIRCUIT_OPEN`), per company;
 * - during the outage (requests sent while cut): the share of answers with HTTP 200 within the tool's budget
 *   (its Retell `timeout_ms`) and the share with a sentence to speak (`message` non-empty);
 * - time to recover: from the restore to the first booking made (which needs Cal.com), per company.
 * Prints one JSON object and writes bench/results/outage.json. Exits 0 when a target is missed (the report
 * says so), 1 on errors.
 */

const OUTAGE_MS = intFromEnv('BENCH_OUTAGE_MS', 30_000);
const LEAD_MS = intFromEnv('BENCH_LEAD_MS', 20_000);
const TAIL_MS = intFromEnv('BENCH_TAIL_MS', 30_000);
const COMPANIES = intFromEnv('BENCH_COMPANIES', 8);
const THINK_MS = intFromEnv('BENCH_THINK_MS', 1000);
const REPORT_NAME = 'outage';
const RETELL_KEY = 'key_bench_outage_000001';
const CLIENT_TIMEOUT_MS = 15_000;

type Answer = JudgedAnswer & { company: number };

const share = (part: number, whole: number) => (whole ? round(part / whole, 4) : null);

/** Per company, ms from `from` to the first answer (sent at or after `from`) that `matches`; null if none. */
function firstPerCompany(answers: Answer[], from: number, matches: (a: Answer) => boolean): (number | null)[] {
  return Array.from({ length: COMPANIES }, (_, c) => {
    const hit = answers
      .filter((a) => a.company === c && a.sentAt >= from && matches(a))
      .sort((x, y) => x.answeredAt - y.answeredAt)[0];
    return hit ? hit.answeredAt - from : null;
  });
}

function spread(values: (number | null)[]) {
  const found = values.filter((v): v is number => v !== null);
  return {
    companies: found.length,
    firstMs: found.length ? Math.min(...found) : null,
    medianMs: found.length ? median(found) : null,
    maxMs: found.length ? Math.max(...found) : null,
    perCompanyMs: values,
  };
}

async function measure(run: BenchRun): Promise<Record<string, unknown>> {
  const { startedAt, scratch } = run;
  let proxy: TcpProxy | undefined;
  const { fake, children, appUrl } = await startVoiceApp(run, RETELL_KEY, {
    calcomUrl: async (calcom) => {
      const started = await TcpProxy.start(Number(new URL(calcom.url).port));
      run.defer(() => started.close());
      proxy = started;
      return started.wrap(calcom.url).replace(/\/$/, '');
    },
  });
  const cable = proxy!;
  const today = localParts(new Date(), BENCH_TZ).date;
  const totalMs = LEAD_MS + OUTAGE_MS + TAIL_MS;
  // Enough slots that no caller finds its slot taken: one call per 2 × THINK_MS at most, per company.
  const slotDays = 2 + Math.ceil(totalMs / (2 * THINK_MS) / HALF_HOURS.length);
  const branches = await seedVoiceWorld(appUrl, fake, {
    companies: COMPANIES,
    branchesPerCompany: 1,
    today,
    slotDays,
    tag: 'out',
  });
  const budgets = await voiceToolBudgets(appUrl, branches[0].companyId);
  log(`api ${appUrl}, Cal.com ${fake.url} behind :${cable.port}, ${COMPANIES} companies`);

  const answers: Answer[] = [];
  const streamStartedAt = Date.now();
  const endAt = streamStartedAt + totalMs;
  const cutAt = streamStartedAt + LEAD_MS;
  const restoreAt = cutAt + OUTAGE_MS;
  const timeline = (async () => {
    await sleep(LEAD_MS);
    cable.cut();
    log(`Cal.com down for ${OUTAGE_MS} ms`);
    await sleep(OUTAGE_MS);
    cable.restore();
    log('Cal.com back');
  })();

  const caller = async (c: number) => {
    const branch = branches[c];
    await sleep(Math.round((THINK_MS * c) / COMPANIES)); // staggered starts
    for (let k = 0; Date.now() < endAt; k++) {
      const i = k * COMPANIES + c;
      const slot = {
        date: addDays(today, 1 + Math.floor(k / HALF_HOURS.length)),
        time: HALF_HOURS[k % HALF_HOURS.length],
      };
      const call = ongoingCall(branch, `call_bench_outage_${process.pid}_${i}`, callerNumber(i));
      for (const [tool, args] of [
        ['check_availability', slot],
        ['book_appointment', { ...slot, name: `Bench Anrufer ${i}` }],
      ] as const) {
        const res = await callVoiceTool(appUrl, tool, call, args, RETELL_KEY, CLIENT_TIMEOUT_MS);
        answers.push({ ...judge(tool, res, budgets[tool]), company: c });
        await sleep(THINK_MS);
      }
    }
  };
  await Promise.all([timeline, ...branches.map((_, c) => caller(c))]);
  const peakRssMb = children.peakRssMb();

  const before = answers.filter((a) => a.sentAt < cutAt);
  const during = answers.filter((a) => a.sentAt >= cutAt && a.sentAt < restoreAt);
  const after = answers.filter((a) => a.sentAt >= restoreAt);
  const failFast = spread(firstPerCompany(answers, cutAt, (a) => a.outcome === 'CIRCUIT_OPEN'));
  const firstFallback = spread(firstPerCompany(answers, cutAt, (a) => !REAL_OUTCOMES.has(a.outcome)));
  const recovery = spread(firstPerCompany(answers, restoreAt, (a) => a.outcome === 'booked'));
  const withinBudget = share(during.filter((a) => a.withinBudget).length, during.length);
  const speakable = share(during.filter((a) => a.spoken).length, during.length);
  const phase = (list: Answer[]) => ({
    answers: list.length,
    withinBudgetShare: share(list.filter((a) => a.withinBudget).length, list.length),
    speakableShare: share(list.filter((a) => a.spoken).length, list.length),
    outcomes: {
      check_availability: countBy(
        list.filter((a) => a.tool === 'check_availability'),
        (a) => a.outcome,
      ),
      book_appointment: countBy(
        list.filter((a) => a.tool === 'book_appointment'),
        (a) => a.outcome,
      ),
    },
    latencyMs: summaryOf(list.map((a) => a.ms)),
  });

  const targets: TargetRow[] = [
    {
      metric: 'withinBudgetShareDuringOutage',
      limit: '= 1',
      measured: withinBudget,
      pass: withinBudget === 1,
    },
    { metric: 'speakableShareDuringOutage', limit: '= 1', measured: speakable, pass: speakable === 1 },
    {
      metric: 'companiesRecovered',
      limit: `= ${COMPANIES}`,
      measured: recovery.companies,
      pass: recovery.companies === COMPANIES,
    },
    ...peakRssTargets(peakRssMb),
  ];
  log(
    `fail fast ${failFast.medianMs} ms (median), in budget ${withinBudget}, speakable ${speakable}, recovered ${recovery.medianMs} ms (median)`,
  );

  return {
    ...(await reportHead(REPORT_NAME, startedAt)),
    config: {
      companies: `${COMPANIES} (one branch, Cal.com key and event type each), one caller at a time per company`,
      script: `check_availability for a free slot, ${THINK_MS} ms, book_appointment for it, ${THINK_MS} ms, next caller`,
      timeline: `${LEAD_MS} ms healthy, ${OUTAGE_MS} ms down (TCP proxy cut: connections dropped and reset), ${TAIL_MS} ms healthy`,
      budgetsMs: { check_availability: budgets.check_availability, book_appointment: budgets.book_appointment },
      breaker:
        'per company: opens after 5 failures in a row or 50% of ≥10 calls in 30 s; half-open after 10 s (src/orchestrator/tool.decorator.ts)',
      app: 'node dist/src/main.js, APP_ROLE=api, own process, real PostgreSQL and Redis; Cal.com fake in the bench process',
      latency: 'client side per request (performance.now around the signed POST, keep-alive fetch)',
      database: scratch.databaseName,
      redisPrefix: scratch.redisPrefix,
    },
    targets,
    allTargetsMet: targets.every((t) => t.pass),
    peakRssMb,
    results: {
      timeToFailFastMs: failFast,
      timeToFirstFallbackMs: firstFallback,
      timeToRecoverMs: recovery,
      circuitOpenLatencyMs: summaryOf(during.filter((a) => a.outcome === 'CIRCUIT_OPEN').map((a) => a.ms)),
      beforeOutage: phase(before),
      duringOutage: phase(during),
      afterOutage: phase(after),
    },
  };
}

runBenchmark(REPORT_NAME, measure, { precheck: requireBuiltApp });
