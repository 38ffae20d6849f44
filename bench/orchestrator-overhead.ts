import 'reflect-metadata';
import { Injectable } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IsString, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { MCP_SERVER_METADATA, McpServer, type McpServerMeta, Tool } from 'src/orchestrator/tool.decorator';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import type { ToolContext, ToolPrincipal } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import { intFromEnv, log, reportHead, runBenchmark } from './support/harness';
import {
  collectGarbage,
  median,
  medianSummary,
  round,
  roundSummary,
  summarize,
  type Summary,
  timeSequential,
} from './support/stats';
import { createBenchApp } from './support/in-process-app';

/**
 * The orchestrator pipeline's own overhead per call, in-process against real PostgreSQL and Redis: the
 * whole interceptor chain (metrics, tenant quota, cache, breaker, retry, rate limit, timeout, bulkhead)
 * around a no-op tool, on the miss, cache-hit and cache-miss paths, and the time to fail fast with an open
 * breaker. Prints one JSON object and writes it to bench/results/orchestrator-overhead.json.
 *
 *   npm run bench:orchestrator            (BENCH_N, BENCH_RUNS, BENCH_WARMUP override 5000, 5, 500)
 *
 * Every number is the median over the runs of that run's statistic; overheads and ratios are taken
 * against baselines measured in the same run. Exits 0 when a target is missed (the report says so), 1 on
 * errors.
 */

const N = intFromEnv('BENCH_N', 5000);
const RUNS = intFromEnv('BENCH_RUNS', 5);
const WARMUP = intFromEnv('BENCH_WARMUP', 500);
const REPORT_NAME = 'orchestrator-overhead';

type CaseName = 'handlerBaseline' | 'redisPing' | 'noop' | 'cacheHit' | 'cacheMiss' | 'openBreaker';
type PipelineCase = Exclude<CaseName, 'handlerBaseline' | 'redisPing'>;

const TARGETS: { case: PipelineCase; metric: 'p50' | 'p99'; limitMs: number }[] = [
  { case: 'noop', metric: 'p50', limitMs: 0.5 },
  { case: 'noop', metric: 'p99', limitMs: 2 },
  { case: 'cacheHit', metric: 'p50', limitMs: 0.5 },
  { case: 'cacheHit', metric: 'p99', limitMs: 2 },
  { case: 'openBreaker', metric: 'p50', limitMs: 1 },
];

class BenchInput {
  @IsString() @MaxLength(64) key: string;
}

/** One failure opens it, and it stays open for the whole run (no half-open probe). */
const BREAKER = {
  consecutiveFailures: 1,
  failureRate: 0.99,
  windowMs: 60_000,
  minimumCalls: 1_000_000,
  halfOpenAfterMs: 3_600_000,
};

/** Handler invocations, so each case can prove it took the path it claims (a hit skips the handler, …). */
const invocations = { noop: 0, cached: 0, failing: 0 };
type Invocations = typeof invocations;

@Injectable()
@McpServer('bench', { breaker: BREAKER })
class BenchMcpServer {
  @Tool({
    name: 'noop',
    description: 'Returns its input; not cached',
    input: BenchInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5000,
  })
  async noop(input: BenchInput): Promise<{ key: string }> {
    invocations.noop++;
    return { key: input.key };
  }

  @Tool({
    name: 'cached',
    description: 'Returns its input; cached for 60 s',
    input: BenchInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5000,
    cacheTtlSeconds: 60,
  })
  async cached(input: BenchInput): Promise<{ key: string }> {
    invocations.cached++;
    return { key: input.key };
  }

  /** Not idempotent, so the one upstream failure that opens the breaker is a single attempt, without backoff. */
  @Tool({
    name: 'failing',
    description: 'Upstream is down',
    input: BenchInput,
    access: 'tenant-read',
    idempotent: false,
    timeoutMs: 5000,
  })
  async failing(): Promise<never> {
    invocations.failing++;
    throw new AppError('UPSTREAM_UNAVAILABLE', 'bench: upstream is down');
  }
}

interface BenchCase {
  name: CaseName;
  description: string;
  /** Before each run's warm-up, untimed. */
  prepare?: () => Promise<void>;
  call: (i: number) => Promise<unknown>;
  /** Handler invocations expected per call of this case. */
  perCall?: Partial<Invocations>;
}

const companyPrincipal = (companyId: string): ToolPrincipal => ({
  kind: 'api_key',
  id: 'bench-key',
  role: 'company_admin',
  companyId,
});

async function waitForRedis(redis: RedisClient, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!redis.isReady) {
    if (Date.now() > deadline) throw new Error('Redis did not become ready: the benchmark needs a real Redis');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError && err.code === code) return;
    throw new Error(`Expected ${code}, got ${err instanceof AppError ? err.code : String(err)}`);
  }
  throw new Error(`Expected ${code}, but the call succeeded`);
}

function buildCases(app: NestExpressApplication): BenchCase[] {
  const orchestrator = app.get(McpOrchestrator);
  const registry = app.get(ToolRegistry);
  const redis = app.get<RedisClient>(REDIS_CLIENT);
  const company = randomUUID();
  const brokenCompany = randomUUID();
  const principal = companyPrincipal(company);
  const brokenPrincipal = companyPrincipal(brokenCompany);
  const noopHandler = registry.get('bench', 'noop').handler;
  const handlerContext: ToolContext = {
    principal,
    companyId: company,
    deadline: Date.now() + 3_600_000,
    signal: new AbortController().signal,
  };
  let seq = 0;
  const execute = (tool: string, key: string, p = principal) =>
    orchestrator.execute('bench', tool, { key }, { principal: p });

  return [
    {
      name: 'handlerBaseline',
      description: 'The no-op handler called directly (the harness floor: await plus two hrtime reads)',
      call: () => noopHandler({ key: `b${seq++}` }, handlerContext),
      perCall: { noop: 1 },
    },
    {
      name: 'redisPing',
      description: "One PING on the app's Redis connection: the machine's Redis round trip, for ratios",
      call: () => redis.ping(),
    },
    {
      name: 'noop',
      description: 'execute() on an uncached no-op tool, distinct params each call (one Redis EVAL: tenant quota)',
      call: () => execute('noop', `n${seq++}`),
      perCall: { noop: 1 },
    },
    {
      name: 'cacheHit',
      description: 'execute() on the cached tool with the same params after priming (Redis EVAL + GET)',
      prepare: async () => void (await execute('cached', 'hit')),
      call: () => execute('cached', 'hit'),
      perCall: { cached: 0 },
    },
    {
      name: 'cacheMiss',
      description:
        'execute() on the cached tool, distinct params each call (Redis EVAL + GET + SET + tag MULTI, handler runs)',
      call: () => execute('cached', `m${seq++}`),
      perCall: { cached: 1 },
    },
    {
      name: 'openBreaker',
      description: 'execute() on the no-op tool for a company whose breaker is open: CIRCUIT_OPEN, handler not run',
      prepare: async () => {
        if (invocations.failing === 0)
          await expectCode(execute('failing', 'x', brokenPrincipal), 'UPSTREAM_UNAVAILABLE');
      },
      call: () => expectCode(execute('noop', `o${seq++}`, brokenPrincipal), 'CIRCUIT_OPEN'),
      perCall: { noop: 0, failing: 0 },
    },
  ];
}

async function measure(app: NestExpressApplication) {
  const cases = buildCases(app);
  const perRun = new Map<CaseName, Summary[]>(cases.map((c) => [c.name, []]));
  let gc = false;
  for (let run = 1; run <= RUNS; run++) {
    for (const c of cases) {
      await c.prepare?.();
      gc = collectGarbage();
      const before = { ...invocations };
      await timeSequential(WARMUP, c.call);
      const summary = summarize(await timeSequential(N, c.call));
      for (const [tool, expected] of Object.entries(c.perCall ?? {}) as [keyof Invocations, number][]) {
        const actual = invocations[tool] - before[tool];
        if (actual !== expected * (WARMUP + N)) {
          throw new Error(`${c.name}: ${tool} handler ran ${actual} times, expected ${expected * (WARMUP + N)}`);
        }
      }
      perRun.get(c.name)!.push(summary);
      log(`run ${run}/${RUNS} ${c.name.padEnd(15)} p50 ${summary.p50.toFixed(4)} ms  p99 ${summary.p99.toFixed(4)} ms`);
    }
  }
  // Reached only when every case ran its handler exactly as often as its path implies (else it threw).
  const checks = {
    handlerInvocationsPerCall: Object.fromEntries(cases.filter((c) => c.perCall).map((c) => [c.name, c.perCall])),
    verified: true,
  };

  const baseline = perRun.get('handlerBaseline')!;
  const ping = perRun.get('redisPing')!;
  const results: Record<string, object> = {};
  for (const c of cases) {
    const runs = perRun.get(c.name)!;
    const entry: Record<string, unknown> = { description: c.description, ...roundSummary(medianSummary(runs)) };
    if (c.name !== 'handlerBaseline' && c.name !== 'redisPing') {
      entry.overheadP50Ms = round(median(runs.map((r, i) => r.p50 - baseline[i].p50)));
      entry.p50RatioToHandlerBaseline = round(median(runs.map((r, i) => r.p50 / baseline[i].p50)), 1);
      entry.p50RatioToRedisPing = round(median(runs.map((r, i) => r.p50 / ping[i].p50)), 2);
    }
    entry.runs = runs.map(roundSummary);
    results[c.name] = entry;
  }

  const targets = TARGETS.map((t) => {
    const runs = perRun.get(t.case)!;
    const measuredMs = medianSummary(runs)[t.metric];
    return {
      case: t.case,
      metric: t.metric,
      limitMs: t.limitMs,
      measuredMs: round(measuredMs),
      pass: measuredMs < t.limitMs,
      runsPassing: `${runs.filter((r) => r[t.metric] < t.limitMs).length}/${runs.length}`,
    };
  });
  return { results, targets, checks, gcBetweenCases: gc };
}

runBenchmark(REPORT_NAME, async (run) => {
  const app = await createBenchApp(run);
  await app.init();
  const redis = app.get<RedisClient>(REDIS_CLIENT);
  await waitForRedis(redis);
  const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  const meta = Reflect.getMetadata(MCP_SERVER_METADATA, BenchMcpServer) as McpServerMeta;
  app.get(ToolRegistry).register(meta, new BenchMcpServer());
  const { results, targets, checks, gcBetweenCases } = await measure(app);
  return {
    ...(await reportHead(REPORT_NAME, run.startedAt, { redisVersion })),
    config: {
      callsPerRun: N,
      runs: RUNS,
      warmupCallsPerRun: WARMUP,
      sequential: true,
      gcBetweenCases,
      unit: 'ms',
      statistic: 'median over runs of each run’s nearest-rank percentile / mean / min / max',
      overhead: 'median over runs of (case p50 − handlerBaseline p50), both measured in the same run',
      database: run.scratch.databaseName,
      redisPrefix: run.scratch.redisPrefix,
    },
    targets,
    allTargetsMet: targets.every((t) => t.pass),
    results,
    checks,
  };
});
