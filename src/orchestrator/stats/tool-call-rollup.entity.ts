import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

/** Upper bounds (ms) of the latency buckets every rollup row counts into; the last bucket is open. */
export const NO_COMPANY = '00000000-0000-0000-0000-000000000000';

export const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000];

/**
 * Tool calls per minute, server, tool, company and outcome, with a latency histogram: what the dashboard
 * reads. Each instance adds its counts, so figures are right with several instances and survive restarts.
 */
@Entity('tool_call_rollups')
@Index('uq_tool_call_rollups_key', ['minute', 'server', 'tool', 'companyId', 'outcome'], { unique: true })
@Index('ix_tool_call_rollups_company_minute', ['companyId', 'minute'])
export class ToolCallRollup {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: TIMESTAMPTZ }) minute: Date;
  @Column({ length: 64 }) server: string;
  @Column({ length: 64 }) tool: string;
  /** NO_COMPANY for platform-wide calls: a unique key cannot hold NULLs as equal on PostgreSQL 15 via TypeORM. */
  @Column({ type: 'uuid' }) companyId: string;
  @Column({ length: 16 }) outcome: string;
  @Column({ type: 'integer' }) count: number;
  @Column({ type: 'double precision' }) latencySumMs: number;
  @Column({ type: 'double precision' }) latencyMaxMs: number;
  /** Counts per LATENCY_BUCKETS_MS bound, plus one for slower calls. */
  @Column({ type: 'integer', array: true }) buckets: number[];
}
