import type { PoolStatus } from './db-pool';

export interface SlowQuery {
  /** Normalised statement text (parameters as $n), cut to 500 characters. */
  query: string;
  calls: number;
  meanMs: number;
  totalMs: number;
  rows: number;
}

export interface HotQueryPlan {
  name: string;
  /** The planner's total cost estimate. */
  cost: number;
  /** Tables the plan reads sequentially. */
  seqScans: string[];
  indexes: string[];
}

export interface IndexHint {
  table: string;
  rows: number;
  seqScans: number;
  seqTupRead: number;
  idxScans: number;
  hint: string;
}

export interface TableSize {
  table: string;
  rows: number;
  totalBytes: number;
  tableBytes: number;
  indexBytes: number;
}

export interface QueryAdvisorReportBody {
  generatedAt: string;
  source: 'pg_stat_statements' | 'explain';
  /** Set when ANALYZE ran before the report. */
  analyzed: boolean;
  slowestQueries: SlowQuery[];
  hotQueryPlans: HotQueryPlan[];
  indexHints: IndexHint[];
  tableSizes: TableSize[];
  pool: PoolStatus | null;
  hints: string[];
  durationMs: number;
}
