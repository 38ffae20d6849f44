import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { poolHint, poolStatus } from './db-pool';
import { QueryAdvisorReport } from './query-advisor-report.entity';
import type { HotQueryPlan, IndexHint, QueryAdvisorReportBody, SlowQuery, TableSize } from './query-advisor.types';

const NIL = '00000000-0000-0000-0000-000000000000';

/** The app's hot queries (the voice path and the sweeper), explained when pg_stat_statements is absent. */
const HOT_QUERIES: { name: string; sql: string; params: unknown[] }[] = [
  {
    name: 'directory.resolve_phone_number',
    sql: `SELECT p.id, b.id, c.id FROM phone_numbers p
            JOIN branches b ON b.id = p.branch_id AND b.company_id = p.company_id AND b.deleted_at IS NULL AND b.is_active
            JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
           WHERE p.number = $1 AND p.deleted_at IS NULL AND p.is_active`,
    params: ['+490000000000'],
  },
  {
    name: 'booking.appointment_by_key',
    sql: `SELECT id FROM appointments WHERE company_id = $1 AND idempotency_key = $2 AND status <> 'cancelled'`,
    params: [NIL, 'bk_0'],
  },
  {
    name: 'calls.by_retell_id',
    sql: 'SELECT id FROM calls WHERE retell_call_id = $1 AND company_id = $2',
    params: ['call_0', NIL],
  },
  {
    name: 'webhook.sweep',
    sql: `SELECT id FROM webhook_events
           WHERE (status IN ('received', 'failed') AND updated_at < now() - interval '1 minute')
              OR (status = 'processing' AND updated_at < now() - interval '5 minutes')
           ORDER BY received_at LIMIT 100`,
    params: [],
  },
  {
    name: 'tool_calls.company_recent',
    sql: 'SELECT id FROM tool_calls WHERE company_id = $1 ORDER BY created_at DESC LIMIT 50',
    params: [NIL],
  },
];

/** Below this many rows a sequential scan is cheaper than any index: no hint. */
const LARGE_TABLE_ROWS = 10_000;
const TOP = 10;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Total Cost'?: number;
  Plans?: PlanNode[];
}

/**
 * The query advisor (DESIGN §2 `src/ops/`): a report, never a schema change — the slowest statements from
 * `pg_stat_statements` when the extension is installed (else the plans of the app's own hot queries),
 * sequential scans on large tables as missing-index hints, table sizes, the pool's state, and ANALYZE on
 * demand. The latest report is kept in `query_advisor_reports`.
 */
@Injectable()
export class QueryAdvisor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(options: { analyze?: boolean } = {}): Promise<QueryAdvisorReport> {
    const started = Date.now();
    if (options.analyze) await this.dataSource.query('ANALYZE');
    const slowest = await this.slowestQueries();
    const hotQueryPlans = slowest ? [] : await this.explainHotQueries();
    const [indexHints, tableSizes] = await Promise.all([this.indexHints(), this.tableSizes()]);
    const pool = poolStatus(this.dataSource);
    const hints = [
      ...indexHints.map((h) => h.hint),
      ...hotQueryPlans.flatMap((p) =>
        p.seqScans.length ? [`${p.name} reads ${p.seqScans.join(', ')} sequentially (fine while small)`] : [],
      ),
      ...(poolHint(pool) ? [poolHint(pool)!] : []),
    ];
    const report: QueryAdvisorReportBody = {
      generatedAt: new Date().toISOString(),
      source: slowest ? 'pg_stat_statements' : 'explain',
      analyzed: !!options.analyze,
      slowestQueries: slowest ?? [],
      hotQueryPlans,
      indexHints,
      tableSizes,
      pool,
      hints,
      durationMs: Date.now() - started,
    };
    const repo = this.dataSource.getRepository(QueryAdvisorReport);
    const saved = await repo.save(repo.create({ source: report.source, report }));
    // Keep a short history only: the latest is what the dashboard shows.
    await this.dataSource.query(
      `DELETE FROM query_advisor_reports WHERE id NOT IN
         (SELECT id FROM query_advisor_reports ORDER BY created_at DESC LIMIT 20)`,
    );
    return saved;
  }

  latest(): Promise<QueryAdvisorReport | null> {
    return this.dataSource.getRepository(QueryAdvisorReport).findOne({ where: {}, order: { createdAt: 'DESC' } });
  }

  /** Null when pg_stat_statements is not installed in this database (or not preloaded). */
  private async slowestQueries(): Promise<SlowQuery[] | null> {
    const [installed]: { ok: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements') AS ok`,
    );
    if (!installed?.ok) return null;
    try {
      const rows: { query: string; calls: string; mean: number; total: number; rows: string }[] =
        await this.dataSource.query(
          `SELECT s.query, s.calls, s.mean_exec_time AS mean, s.total_exec_time AS total, s.rows
             FROM pg_stat_statements s
            WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND s.query NOT ILIKE '%pg_stat_statements%'
            ORDER BY s.mean_exec_time DESC
            LIMIT ${TOP}`,
        );
      return rows.map((r) => ({
        query: r.query.replace(/\s+/g, ' ').slice(0, 500),
        calls: Number(r.calls),
        meanMs: round(Number(r.mean)),
        totalMs: round(Number(r.total)),
        rows: Number(r.rows),
      }));
    } catch {
      // Installed but not preloaded: "must be loaded via shared_preload_libraries".
      return null;
    }
  }

  private async explainHotQueries(): Promise<HotQueryPlan[]> {
    const plans: HotQueryPlan[] = [];
    for (const hot of HOT_QUERIES) {
      try {
        const [row]: { 'QUERY PLAN': unknown }[] = await this.dataSource.query(
          `EXPLAIN (FORMAT JSON) ${hot.sql}`,
          hot.params,
        );
        const raw = row['QUERY PLAN'];
        const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
        const root = parsed[0].Plan;
        const seqScans = new Set<string>();
        const indexes = new Set<string>();
        walk(root, (node) => {
          if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) seqScans.add(node['Relation Name']);
          if (node['Index Name']) indexes.add(node['Index Name']);
        });
        plans.push({ name: hot.name, cost: root['Total Cost'] ?? 0, seqScans: [...seqScans], indexes: [...indexes] });
      } catch {
        /* a table this deployment lacks: nothing to advise on */
      }
    }
    return plans;
  }

  private async indexHints(): Promise<IndexHint[]> {
    const rows: { table: string; rows: string; seq: string; tup: string; idx: string | null }[] =
      await this.dataSource.query(
        `SELECT relname AS table, n_live_tup AS rows, seq_scan AS seq, seq_tup_read AS tup, idx_scan AS idx
           FROM pg_stat_user_tables
          WHERE schemaname = 'public' AND n_live_tup >= $1 AND seq_scan > COALESCE(idx_scan, 0)
          ORDER BY seq_tup_read DESC
          LIMIT ${TOP}`,
        [LARGE_TABLE_ROWS],
      );
    return rows.map((r) => ({
      table: r.table,
      rows: Number(r.rows),
      seqScans: Number(r.seq),
      seqTupRead: Number(r.tup),
      idxScans: Number(r.idx ?? 0),
      hint:
        `${r.table} (${Number(r.rows)} rows) is read sequentially more often than by index ` +
        `(${Number(r.seq)} vs ${Number(r.idx ?? 0)}): an index on its filter columns may be missing`,
    }));
  }

  private async tableSizes(): Promise<TableSize[]> {
    const rows: { table: string; rows: string; total: string; heap: string; idx: string }[] =
      await this.dataSource.query(
        `SELECT c.relname AS table, GREATEST(c.reltuples, 0)::bigint AS rows,
                pg_total_relation_size(c.oid) AS total, pg_relation_size(c.oid) AS heap,
                pg_indexes_size(c.oid) AS idx
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'r'
          ORDER BY pg_total_relation_size(c.oid) DESC
          LIMIT 20`,
      );
    return rows.map((r) => ({
      table: r.table,
      rows: Number(r.rows),
      totalBytes: Number(r.total),
      tableBytes: Number(r.heap),
      indexBytes: Number(r.idx),
    }));
  }
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const round = (n: number) => Math.round(n * 100) / 100;
