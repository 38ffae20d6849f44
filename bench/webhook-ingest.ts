import autocannon from 'autocannon';
import Bull from 'bull';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { verifyRetellSignature } from 'src/mcp-servers/webhook/signatures';
import {
  adminToken,
  api,
  type Child,
  childAppEnv,
  Children,
  peakRssTargets,
  requireBuiltApp,
} from './support/app-process';
import { type BenchRun, intFromEnv, log, reportHead, runBenchmark, type TargetRow } from './support/harness';
import { round } from './support/stats';

/**
 * Webhook ingest throughput and latency: signed Retell `call_ended` events POSTed to the built app
 * (`node dist/src/main.js`, APP_ROLE=api) with a worker in its own process (APP_ROLE=worker), against real
 * PostgreSQL and Redis. Next to it, in the same run, a bare `node:http` server (its own process) that does
 * only the minimum: verify the HMAC, INSERT the row into the same webhook_events table, enqueue the same Bull
 * job. Every request carries a distinct call id (nothing is deduplicated), signed when it is sent.
 *
 *   npm run bench:webhooks   (builds dist and dist-bench; BENCH_THROUGHPUT_S=12, BENCH_DURATION_S=60,
 *                             BENCH_CONNECTIONS=50, BENCH_RATE=500, BENCH_DRAIN_TIMEOUT_S=180 override)
 *
 * Phases: (a) app throughput and (b) bare throughput with BENCH_CONNECTIONS connections as fast as they go,
 * the worker's backlog drained before each; (c) the app at a fixed BENCH_RATE requests/s for
 * BENCH_DURATION_S (autocannon overallRate, latencies corrected for coordinated omission). Finally the
 * worker must have processed every stored row. Prints one JSON object and writes
 * bench/results/webhook-ingest.json. Exits 0 when a target is missed (the report says so), 1 on errors.
 */

const THROUGHPUT_S = intFromEnv('BENCH_THROUGHPUT_S', 12);
const DURATION_S = intFromEnv('BENCH_DURATION_S', 60);
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 50);
const RATE = intFromEnv('BENCH_RATE', 500);
const DRAIN_TIMEOUT_S = intFromEnv('BENCH_DRAIN_TIMEOUT_S', 180);
const WARMUP_S = 3;
const REPORT_NAME = 'webhook-ingest';
const TARGETS = { ratioMin: 0.6, p99MaxMs: 50 };

const RETELL_KEY = 'key_bench_platform_0000000001';
const NUMBER = '+493012345678';
const CALLER = '+4915112345678';
const PATH = '/api/mcp/retell/webhook';
const BARE_FLAG = '--bare-server';
/** Set to a directory to write a V8 CPU profile of the api process there (for finding what dominates). */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;

// ---------------------------------------------------------------------------------------------------------
// The bare server (runs in a child process started with BARE_FLAG)

/** Same SQL as WebhookInboxService.ingest for a known event; the same job as its enqueue. */
const INSERT_SQL = `INSERT INTO webhook_events (provider, dedupe_key, event_type, company_id, status, payload, request_id, processed_at)
  VALUES ('retell', $1, $2, $3, 'received', $4::jsonb, NULL, NULL)
  ON CONFLICT (provider, dedupe_key) DO NOTHING
  RETURNING id`;

async function runBareServer(): Promise<void> {
  const env = process.env;
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
  pool.on('error', (err) => process.stderr.write(`[bare] pool: ${err.message}\n`));
  const queue = new Bull('webhooks', env.REDIS_URL!, { prefix: `${env.REDIS_KEY_PREFIX}:bull` });
  queue.on('error', () => undefined);
  await queue.isReady();
  const companyId = env.BENCH_COMPANY_ID!;
  const key = env.RETELL_API_KEY!;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const signature = req.headers['x-retell-signature'];
    if (req.method !== 'POST' || !verifyRetellSignature(raw, typeof signature === 'string' ? signature : '', key)) {
      res.writeHead(401).end();
      return;
    }
    const body = JSON.parse(raw.toString('utf8')) as { event: string; call: { call_id: string } };
    const { rows } = await pool.query<{ id: string }>(INSERT_SQL, [
      `${body.event}:${body.call.call_id}`,
      body.event,
      companyId,
      raw.toString('utf8'),
    ]);
    const id = rows[0]?.id;
    if (id) {
      await queue.add(
        'process',
        { data: { eventId: id } },
        {
          jobId: `wh:${id}:0`,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 1000,
          removeOnFail: 5000,
        },
      );
    }
    res.writeHead(204).end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      process.stderr.write(`[bare] ${err.message}\n`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send!({ port: (server.address() as { port: number }).port });
  process.on('SIGTERM', () => {
    server.close();
    void Promise.allSettled([queue.close(), pool.end()]).then(() => process.exit(0));
  });
}

function startBare(children: Children, env: NodeJS.ProcessEnv): Promise<{ child: Child; url: string }> {
  const child = children.start('bare', [__filename, BARE_FLAG], env, true);
  return new Promise((resolve, reject) => {
    child.process.once('message', (m: { port: number }) => resolve({ child, url: `http://127.0.0.1:${m.port}` }));
    child.process.once('exit', () => reject(new Error(`bare server exited:\n${child.output()}`)));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Seeding, load and checks

/** A company with a branch and the number the events are for; no own Retell key, so the platform key signs. */
async function seed(base: string): Promise<string> {
  const accessToken = await adminToken(base);
  const company = await api<{ id: string }>(base, 'POST', '/api/companies', accessToken, {
    name: 'Bench Praxis',
    timezone: 'Europe/Berlin',
    locale: 'de',
    country: 'DE',
  });
  const branch = await api<{ id: string }>(base, 'POST', `/api/companies/${company.id}/branches`, accessToken, {
    name: 'Mitte',
  });
  await api(base, 'POST', `/api/companies/${company.id}/phone-numbers`, accessToken, {
    number: NUMBER,
    branchId: branch.id,
  });
  return company.id;
}

let callSeq = 0;

/** Each request: a fresh call id, its body, and a signature made when the request is built (just before sending). */
function signedRequest(tag: string): autocannon.Request {
  return {
    method: 'POST',
    path: PATH,
    setupRequest: (request) => {
      const start = Date.now() - 120_000;
      const body = JSON.stringify({
        event: 'call_ended',
        call: {
          call_type: 'phone_call',
          call_id: `bench_${tag}_${process.pid}_${++callSeq}`,
          agent_id: 'agent_bench',
          call_status: 'ended',
          direction: 'inbound',
          from_number: CALLER,
          to_number: NUMBER,
          start_timestamp: start,
          end_timestamp: start + 95_000,
          duration_ms: 95_000,
          disconnection_reason: 'user_hangup',
          transcript: 'Agent: Praxis, guten Tag.\nUser: Ich möchte einen Termin.\n',
        },
      });
      const ms = Date.now();
      const digest = createHmac('sha256', RETELL_KEY).update(`${body}${ms}`, 'utf8').digest('hex');
      return {
        ...request,
        body,
        headers: { 'content-type': 'application/json', 'x-retell-signature': `v=${ms},d=${digest}` },
      };
    },
  };
}

interface LoadResult {
  requests: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  statusCodes: Record<string, number>;
}

async function load(
  url: string,
  tag: string,
  options: { durationS: number; connections: number; overallRate?: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationS,
    overallRate: options.overallRate,
    requests: [signedRequest(tag)],
    timeout: 10,
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count ?? 0]),
  );
  return {
    requests: result.requests.total,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    // Acknowledged (2xx) per second over the measured duration: errors do not count as throughput.
    requestsPerSecond: round(result['2xx'] / result.duration, 1),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: round(result.latency.average, 2),
    },
    statusCodes,
  };
}

async function statusCounts(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM webhook_events GROUP BY status ORDER BY status',
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Waits until the worker has nothing left to do (no received/processing/failed rows); returns the seconds taken. */
async function drain(pool: Pool): Promise<{ seconds: number; drained: boolean; counts: Record<string, number> }> {
  const started = Date.now();
  for (;;) {
    const counts = await statusCounts(pool);
    const pending = (counts.received ?? 0) + (counts.processing ?? 0) + (counts.failed ?? 0);
    const seconds = round((Date.now() - started) / 1000, 1);
    if (pending === 0) return { seconds, drained: true, counts };
    if (seconds > DRAIN_TIMEOUT_S) return { seconds, drained: false, counts };
    await new Promise((r) => setTimeout(r, 500));
  }
}

// ---------------------------------------------------------------------------------------------------------

async function measure(run: BenchRun): Promise<Record<string, unknown>> {
  const { startedAt, scratch } = run;
  const baseEnv: NodeJS.ProcessEnv = { ...childAppEnv(scratch), RETELL_API_KEY: RETELL_KEY };
  const children = new Children(run);
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const { url: appUrl } = await children.startApp('api', 'api', baseEnv, profile);
  const { port: workerPort } = await children.startApp('worker', 'worker', baseEnv);
  const companyId = await seed(appUrl);
  const bare = await startBare(children, { ...baseEnv, BENCH_COMPANY_ID: companyId });
  const pool = new Pool({ connectionString: scratch.databaseUrl, max: 2 });
  pool.on('error', (err) => log(`pool: ${err.message}`));
  run.defer(() => pool.end().catch(() => undefined));
  log(`api ${appUrl}, worker :${workerPort}, bare ${bare.url}, company ${companyId}`);

  // Warm both servers up (JIT, pools, directory cache), then let the worker catch up.
  await load(appUrl, 'warm_app', { durationS: WARMUP_S, connections: 10 });
  await load(bare.url, 'warm_bare', { durationS: WARMUP_S, connections: 10 });
  const drains: Record<string, unknown> = { afterWarmup: await drain(pool) };

  log(`(a) app throughput: ${CONNECTIONS} connections, ${THROUGHPUT_S} s`);
  const app = await load(appUrl, 'app', { durationS: THROUGHPUT_S, connections: CONNECTIONS });
  log(`    ${app.requestsPerSecond} req/s, p99 ${app.latencyMs.p99} ms, ${JSON.stringify(app.statusCodes)}`);
  drains.afterApp = await drain(pool);

  log(`(b) bare throughput: ${CONNECTIONS} connections, ${THROUGHPUT_S} s`);
  const bareResult = await load(bare.url, 'bare', { durationS: THROUGHPUT_S, connections: CONNECTIONS });
  log(
    `    ${bareResult.requestsPerSecond} req/s, p99 ${bareResult.latencyMs.p99} ms, ${JSON.stringify(bareResult.statusCodes)}`,
  );
  drains.afterBare = await drain(pool);

  log(`(c) app at ${RATE} req/s for ${DURATION_S} s`);
  const fixed = await load(appUrl, 'rate', { durationS: DURATION_S, connections: CONNECTIONS, overallRate: RATE });
  log(`    ${fixed.requestsPerSecond} req/s, p50 ${fixed.latencyMs.p50} ms, p99 ${fixed.latencyMs.p99} ms`);
  const finalDrain = await drain(pool);
  drains.final = finalDrain;
  const peakRssMb = children.peakRssMb();

  const { rows: stored } = await pool.query<{ tag: string; n: number }>(
    `SELECT split_part(dedupe_key, '_', 3) AS tag, count(*)::int AS n FROM webhook_events GROUP BY 1 ORDER BY 1`,
  );
  const [{ calls }] = (await pool.query<{ calls: number }>('SELECT count(*)::int AS calls FROM calls')).rows;
  const counts = finalDrain.counts;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const acknowledged = app.ok2xx + bareResult.ok2xx + fixed.ok2xx;
  const ratio = round(app.requestsPerSecond / bareResult.requestsPerSecond, 3);
  const targets: TargetRow[] = [
    { metric: 'throughputRatioAppToBare', limit: `>= ${TARGETS.ratioMin}`, measured: ratio },
    { metric: `p99LatencyMsAt${RATE}rps`, limit: `< ${TARGETS.p99MaxMs}`, measured: fixed.latencyMs.p99 },
  ].map((t, i) => ({
    ...t,
    pass: i === 0 ? ratio >= TARGETS.ratioMin : fixed.latencyMs.p99 < TARGETS.p99MaxMs,
  }));
  targets.push(...peakRssTargets(peakRssMb));
  const rateReached = fixed.requestsPerSecond >= RATE * 0.95;
  return {
    ...(await reportHead(REPORT_NAME, startedAt)),
    config: {
      throughputSeconds: THROUGHPUT_S,
      fixedRateSeconds: DURATION_S,
      connections: CONNECTIONS,
      fixedRate: RATE,
      warmupSeconds: WARMUP_S,
      loadGenerator: 'autocannon 8, in the bench process (same machine, shares the cores)',
      app: 'node dist/src/main.js, APP_ROLE=api, own process; worker APP_ROLE=worker, own process',
      bare: 'node:http in its own process: verifyRetellSignature, INSERT webhook_events, Bull add (pg pool 10)',
      request: 'signed call_ended, distinct call id per request, signed when built',
      latency: 'autocannon histogram (ms, 1 ms resolution); corrected for coordinated omission at the fixed rate',
      database: scratch.databaseName,
      redisPrefix: scratch.redisPrefix,
    },
    targets,
    allTargetsMet: targets.every((t) => t.pass) && rateReached,
    peakRssMb,
    results: {
      appThroughputRps: app.requestsPerSecond,
      bareThroughputRps: bareResult.requestsPerSecond,
      ratio,
      fixedRate: { targetRps: RATE, achievedRps: fixed.requestsPerSecond, rateReached, latencyMs: fixed.latencyMs },
      app,
      bare: bareResult,
      fixed,
    },
    checks: {
      acknowledged,
      storedRows: total,
      storedByPhase: Object.fromEntries(stored.map((r) => [r.tag, r.n])),
      everyAckStored: total >= acknowledged,
      statuses: counts,
      allProcessed: finalDrain.drained && (counts.processed ?? 0) === total,
      callRows: calls,
      drains,
    },
  };
}

if (process.argv.includes(BARE_FLAG)) {
  runBareServer().catch((err: unknown) => {
    process.stderr.write(`[bare] failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
} else {
  runBenchmark(REPORT_NAME, measure, { precheck: requireBuiltApp });
}
