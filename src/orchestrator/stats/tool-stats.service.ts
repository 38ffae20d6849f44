import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ToolOutcome } from '../tool-errors';
import { LATENCY_BUCKETS_MS, NO_COMPANY } from './tool-call-rollup.entity';

export interface ToolCallRecord {
  server: string;
  tool: string;
  companyId: string | null;
  outcome: ToolOutcome;
  latencyMs: number;
  errorCode: string | null;
  /** Retell call id: the call also goes to tool_calls, for that call's timeline. */
  callId?: string;
}

interface Aggregate {
  minute: Date;
  server: string;
  tool: string;
  companyId: string;
  outcome: string;
  count: number;
  sum: number;
  max: number;
  buckets: number[];
}

const FLUSH_INTERVAL_MS = 5_000;
const MAX_PENDING_CALLS = 50_000;

/**
 * Counts every tool call into per-minute rollups in memory and writes them in batches (one upsert per
 * minute × server × tool × company × outcome every few seconds, not a row per call).
 */
@Injectable()
export class ToolStatsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ToolStats');
  private pending = new Map<string, Aggregate>();
  private pendingCalls: (ToolCallRecord & { at: Date })[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(record: ToolCallRecord): void {
    const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const companyId = record.companyId ?? NO_COMPANY;
    const key = `${minute.getTime()}|${record.server}|${record.tool}|${companyId}|${record.outcome}`;
    let agg = this.pending.get(key);
    if (!agg) {
      agg = {
        minute,
        server: record.server,
        tool: record.tool,
        companyId,
        outcome: record.outcome,
        count: 0,
        sum: 0,
        max: 0,
        buckets: new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0),
      };
      this.pending.set(key, agg);
    }
    agg.count++;
    agg.sum += record.latencyMs;
    agg.max = Math.max(agg.max, record.latencyMs);
    const bucket = LATENCY_BUCKETS_MS.findIndex((bound) => record.latencyMs <= bound);
    agg.buckets[bucket === -1 ? LATENCY_BUCKETS_MS.length : bucket]++;
    if (record.callId && record.companyId) this.pendingCalls.push({ ...record, at: new Date() });
  }

  /** Writes what has accumulated; calls never overlap. Failed writes are put back for the next flush. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    const rollups = [...this.pending.values()];
    const calls = this.pendingCalls;
    this.pending = new Map();
    this.pendingCalls = [];
    if (rollups.length === 0 && calls.length === 0) return;
    try {
      await this.dataSource.transaction(async (em) => {
        for (let i = 0; i < rollups.length; i += 1000) await upsertRollups(em, rollups.slice(i, i + 1000));
        if (calls.length) {
          await em.query(
            `INSERT INTO tool_calls (company_id, retell_call_id, server, tool, outcome, latency_ms, error_code, created_at)
             SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::int[], $7::varchar[], $8::timestamptz[])`,
            [
              calls.map((c) => c.companyId),
              calls.map((c) => c.callId),
              calls.map((c) => c.server),
              calls.map((c) => c.tool),
              calls.map((c) => c.outcome),
              calls.map((c) => Math.round(c.latencyMs)),
              calls.map((c) => c.errorCode),
              calls.map((c) => c.at.toISOString()),
            ],
          );
        }
      });
    } catch (err) {
      this.logger.warn(`Could not write tool stats (kept for the next flush): ${(err as Error).message}`);
      for (const r of rollups) this.merge(r);
      // Rollups merge into one row per key and stay small; the per-call timeline is capped while writes fail.
      this.pendingCalls = [...calls, ...this.pendingCalls].slice(-MAX_PENDING_CALLS);
    }
  }

  private merge(r: Aggregate): void {
    const key = `${r.minute.getTime()}|${r.server}|${r.tool}|${r.companyId}|${r.outcome}`;
    const existing = this.pending.get(key);
    if (!existing) return void this.pending.set(key, r);
    existing.count += r.count;
    existing.sum += r.sum;
    existing.max = Math.max(existing.max, r.max);
    existing.buckets = existing.buckets.map((b, i) => b + r.buckets[i]);
  }
}

/** One statement per batch: adds counts, sums and histogram buckets to what other instances wrote. */
function upsertRollups(em: EntityManager, rows: Aggregate[]): Promise<unknown> {
  const values = rows
    .map((_, i) => {
      const p = (n: number) => `$${i * 9 + n}`;
      return `(${p(1)}::timestamptz, ${p(2)}, ${p(3)}, ${p(4)}::uuid, ${p(5)}, ${p(6)}::int, ${p(7)}::float8, ${p(8)}::float8, ${p(9)}::int[])`;
    })
    .join(', ');
  return em.query(
    `INSERT INTO tool_call_rollups (minute, server, tool, company_id, outcome, count, latency_sum_ms, latency_max_ms, buckets)
     VALUES ${values}
     ON CONFLICT (minute, server, tool, company_id, outcome) DO UPDATE SET
       count = tool_call_rollups.count + EXCLUDED.count,
       latency_sum_ms = tool_call_rollups.latency_sum_ms + EXCLUDED.latency_sum_ms,
       latency_max_ms = GREATEST(tool_call_rollups.latency_max_ms, EXCLUDED.latency_max_ms),
       buckets = ARRAY(SELECT a + b FROM unnest(tool_call_rollups.buckets, EXCLUDED.buckets) AS u(a, b))`,
    rows.flatMap((r) => [
      r.minute.toISOString(),
      r.server,
      r.tool,
      r.companyId,
      r.outcome,
      r.count,
      r.sum,
      r.max,
      r.buckets,
    ]),
  );
}
