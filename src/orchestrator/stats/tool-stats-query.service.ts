import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueueService, type QueueStats } from 'src/platform/queue/queue.service';
import { CircuitBreakerService, type CircuitStatus } from '../circuit-breaker.service';
import { ToolRegistry } from '../tool-registry.service';
import { LATENCY_BUCKETS_MS } from './tool-call-rollup.entity';
import { ToolStatsService } from './tool-stats.service';

export const STATS_WINDOWS = ['1h', '24h', '7d'] as const;
export type StatsWindow = (typeof STATS_WINDOWS)[number];

export const STATS_METRICS = ['calls', 'errors', 'error_rate', 'p95', 'cache_hit_ratio'] as const;
export type StatsMetric = (typeof STATS_METRICS)[number];

/** Window length and chart step, both in seconds. */
const WINDOWS: Record<StatsWindow, { seconds: number; step: number }> = {
  '1h': { seconds: 3600, step: 60 },
  '24h': { seconds: 86_400, step: 300 },
  '7d': { seconds: 604_800, step: 3600 },
};

/** Upstream trouble and our fail-fast on it; invalid input and our own rejections are counted apart. */
const ERROR_OUTCOMES = ['error', 'timeout', 'circuit_open'];

export interface ToolFigures {
  calls: number;
  ok: number;
  cacheHits: number;
  errors: number;
  invalidInput: number;
  rejected: number;
  /** errors / calls (0 without calls). */
  errorRate: number;
  /** cacheHits / calls for a tool with a cache; null for one without. */
  cacheHitRatio: number | null;
  avgLatencyMs: number | null;
  maxLatencyMs: number | null;
  /** Estimated from the histogram: the upper bound of the bucket holding the quantile, capped at the maximum. */
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
}

export interface ToolRow extends ToolFigures {
  server: string;
  tool: string;
}

export interface StatsOverview {
  window: StatsWindow;
  from: string;
  to: string;
  totals: ToolFigures;
  tools: ToolRow[];
  circuits: CircuitStatus[];
}

export interface PlatformOverview extends StatsOverview {
  queues: QueueStats[];
}

export interface TimeseriesQuery {
  metric: StatsMetric;
  window?: StatsWindow;
  server?: string;
  tool?: string;
  /** Only this company's calls (never platform-wide ones). */
  companyId?: string;
}

export interface Timeseries {
  metric: StatsMetric;
  window: StatsWindow;
  /** Seconds per point. */
  step: number;
  points: { t: string; value: number }[];
}

/** Sums over rollup rows: counts per outcome, latency sum and max, and the merged histogram. */
interface Accumulator {
  byOutcome: Map<string, number>;
  sum: number;
  max: number;
  buckets: number[];
}

/**
 * The dashboard's reads over `tool_call_rollups` (written by every instance, so the figures are the
 * cluster's). A company's view filters on its id only: never another company's nor platform-wide rows.
 */
@Injectable()
export class ToolStatsQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stats: ToolStatsService,
    private readonly registry: ToolRegistry,
    private readonly circuits: CircuitBreakerService,
    private readonly queues: QueueService,
  ) {}

  /** Per server × tool over the window, with the circuits (and, platform-wide, the queues). */
  async overview(window: StatsWindow = '1h'): Promise<PlatformOverview> {
    const [overview, queues] = await Promise.all([this.toolOverview(window), this.queues.stats()]);
    return { ...overview, queues };
  }

  /** One company's calls and circuits only. */
  companyOverview(companyId: string, window: StatsWindow = '1h'): Promise<StatsOverview> {
    return this.toolOverview(window, companyId);
  }

  async timeseries(query: TimeseriesQuery): Promise<Timeseries> {
    const window = query.window ?? '1h';
    const { step } = WINDOWS[window];
    const { from, to, points: count } = range(window);
    await this.stats.flush();
    const where = ['minute >= $1::timestamptz', 'minute < $2::timestamptz'];
    const params: unknown[] = [from.toISOString(), to.toISOString(), step];
    if (query.companyId !== undefined) where.push(`company_id = $${params.push(query.companyId)}`);
    if (query.server !== undefined) where.push(`server = $${params.push(query.server)}`);
    if (query.tool !== undefined) where.push(`tool = $${params.push(query.tool)}`);
    const bucketOf = '(floor(extract(epoch FROM minute) / $3::int) * $3::int)::float8';
    const steps = new Map<number, Accumulator>();
    const at = (t: number) => {
      let acc = steps.get(t);
      if (!acc) steps.set(t, (acc = emptyAccumulator()));
      return acc;
    };
    const counts: { t: number; outcome: string; count: number; sum: number; max: number }[] =
      await this.dataSource.query(
        `SELECT ${bucketOf} AS t, outcome, SUM(count)::float8 AS count, SUM(latency_sum_ms)::float8 AS sum,
                MAX(latency_max_ms)::float8 AS max
         FROM tool_call_rollups WHERE ${where.join(' AND ')} GROUP BY 1, 2`,
        params,
      );
    for (const row of counts) addCounts(at(row.t), row);
    if (query.metric === 'p95') {
      const histogram: { t: number; i: number; n: number }[] = await this.dataSource.query(
        `SELECT ${bucketOf} AS t, h.i::int AS i, SUM(h.n)::float8 AS n
         FROM tool_call_rollups, unnest(buckets) WITH ORDINALITY AS h(n, i)
         WHERE ${where.join(' AND ')} GROUP BY 1, 2`,
        params,
      );
      for (const row of histogram) at(row.t).buckets[row.i - 1] += row.n;
    }
    const start = from.getTime() / 1000;
    const points = Array.from({ length: count }, (_, k) => {
      const t = start + k * step;
      const acc = steps.get(t);
      return { t: new Date(t * 1000).toISOString(), value: acc ? metricOf(query.metric, figures(acc, true)) : 0 };
    });
    return { metric: query.metric, window, step, points };
  }

  /** Per server × tool (platform-wide) over the last `minutes` minutes, the current one included: the alert rules' view. */
  async recentTools(minutes: number): Promise<ToolRow[]> {
    const to = Math.floor(Date.now() / 60_000) * 60_000 + 60_000;
    const { tools } = await this.aggregate(new Date(to - minutes * 60_000), new Date(to));
    return tools;
  }

  private async toolOverview(window: StatsWindow, companyId?: string): Promise<StatsOverview> {
    const { from, to } = range(window);
    const [{ tools, totals }, circuits] = await Promise.all([
      this.aggregate(from, to, companyId),
      this.circuits.list(),
    ]);
    return {
      window,
      from: from.toISOString(),
      to: to.toISOString(),
      totals,
      tools,
      circuits: companyId === undefined ? circuits : circuits.filter((c) => c.companyId === companyId),
    };
  }

  /** The rollups in [from, to) per server × tool, and their totals. */
  private async aggregate(
    from: Date,
    to: Date,
    companyId?: string,
  ): Promise<{ tools: ToolRow[]; totals: ToolFigures }> {
    await this.stats.flush();
    const where = ['minute >= $1::timestamptz', 'minute < $2::timestamptz'];
    const params: unknown[] = [from.toISOString(), to.toISOString()];
    if (companyId !== undefined) where.push(`company_id = $${params.push(companyId)}`);
    const [counts, histogram]: [
      { server: string; tool: string; outcome: string; count: number; sum: number; max: number }[],
      { server: string; tool: string; i: number; n: number }[],
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT server, tool, outcome, SUM(count)::float8 AS count, SUM(latency_sum_ms)::float8 AS sum,
                MAX(latency_max_ms)::float8 AS max
         FROM tool_call_rollups WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3`,
        params,
      ),
      this.dataSource.query(
        `SELECT server, tool, h.i::int AS i, SUM(h.n)::float8 AS n
         FROM tool_call_rollups, unnest(buckets) WITH ORDINALITY AS h(n, i)
         WHERE ${where.join(' AND ')} GROUP BY 1, 2, 3`,
        params,
      ),
    ]);
    const byTool = new Map<string, { server: string; tool: string; acc: Accumulator }>();
    const at = (server: string, tool: string) => {
      const key = `${server}.${tool}`;
      let entry = byTool.get(key);
      if (!entry) byTool.set(key, (entry = { server, tool, acc: emptyAccumulator() }));
      return entry.acc;
    };
    for (const row of counts) addCounts(at(row.server, row.tool), row);
    for (const row of histogram) at(row.server, row.tool).buckets[row.i - 1] += row.n;

    const total = emptyAccumulator();
    const cachedTotal = { calls: 0, hits: 0 };
    const tools: ToolRow[] = [...byTool.values()]
      .sort((a, b) => a.server.localeCompare(b.server) || a.tool.localeCompare(b.tool))
      .map(({ server, tool, acc }) => {
        const row = {
          server,
          tool,
          ...figures(acc, this.hasCache(server, tool) || (acc.byOutcome.get('cache_hit') ?? 0) > 0),
        };
        merge(total, acc);
        if (row.cacheHitRatio !== null) {
          cachedTotal.calls += row.calls;
          cachedTotal.hits += row.cacheHits;
        }
        return row;
      });
    const totals = figures(total, false);
    totals.cacheHitRatio = cachedTotal.calls ? cachedTotal.hits / cachedTotal.calls : null;
    return { tools, totals };
  }

  private hasCache(server: string, tool: string): boolean {
    try {
      return !!this.registry.get(server, tool).cacheTtlSeconds;
    } catch {
      return false; // a tool this instance does not know (e.g. since removed)
    }
  }
}

/**
 * The window as whole steps ending with the current (partial) one: [from, to), `points` steps long.
 * The overview uses the same bounds, so its totals equal the sum of a chart's points.
 */
function range(window: StatsWindow): { from: Date; to: Date; points: number } {
  const { seconds, step } = WINDOWS[window];
  const stepMs = step * 1000;
  const to = Math.floor(Date.now() / stepMs) * stepMs + stepMs;
  return { from: new Date(to - seconds * 1000), to: new Date(to), points: seconds / step };
}

function emptyAccumulator(): Accumulator {
  return { byOutcome: new Map(), sum: 0, max: 0, buckets: new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0) };
}

function addCounts(acc: Accumulator, row: { outcome: string; count: number; sum: number; max: number }): void {
  acc.byOutcome.set(row.outcome, (acc.byOutcome.get(row.outcome) ?? 0) + row.count);
  acc.sum += row.sum;
  acc.max = Math.max(acc.max, row.max);
}

function merge(into: Accumulator, from: Accumulator): void {
  for (const [outcome, n] of from.byOutcome) into.byOutcome.set(outcome, (into.byOutcome.get(outcome) ?? 0) + n);
  into.sum += from.sum;
  into.max = Math.max(into.max, from.max);
  from.buckets.forEach((n, i) => (into.buckets[i] += n));
}

function figures(acc: Accumulator, cached: boolean): ToolFigures {
  const n = (outcome: string) => acc.byOutcome.get(outcome) ?? 0;
  const calls = [...acc.byOutcome.values()].reduce((a, b) => a + b, 0);
  const errors = ERROR_OUTCOMES.reduce((a, o) => a + n(o), 0);
  const cacheHits = n('cache_hit');
  return {
    calls,
    ok: n('ok'),
    cacheHits,
    errors,
    invalidInput: n('invalid_input'),
    rejected: n('rejected'),
    errorRate: calls ? errors / calls : 0,
    cacheHitRatio: cached ? (calls ? cacheHits / calls : 0) : null,
    avgLatencyMs: calls ? round(acc.sum / calls) : null,
    maxLatencyMs: calls ? round(acc.max) : null,
    p50Ms: percentile(acc, 0.5),
    p95Ms: percentile(acc, 0.95),
    p99Ms: percentile(acc, 0.99),
  };
}

/** The upper bound of the bucket where the cumulative count reaches the quantile; the overflow bucket gives the max. */
export function percentile(acc: Pick<Accumulator, 'buckets' | 'max'>, q: number): number | null {
  const total = acc.buckets.reduce((a, b) => a + b, 0);
  if (!total) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let cumulative = 0;
  for (let i = 0; i < acc.buckets.length; i++) {
    cumulative += acc.buckets[i];
    if (cumulative >= rank) return round(Math.min(LATENCY_BUCKETS_MS[i] ?? acc.max, acc.max));
  }
  return round(acc.max);
}

function metricOf(metric: StatsMetric, f: ToolFigures): number {
  switch (metric) {
    case 'calls':
      return f.calls;
    case 'errors':
      return f.errors;
    case 'error_rate':
      return f.errorRate;
    case 'p95':
      return f.p95Ms ?? 0;
    case 'cache_hit_ratio':
      return f.cacheHitRatio ?? 0;
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
