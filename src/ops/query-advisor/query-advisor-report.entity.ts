import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import type { QueryAdvisorReportBody } from './query-advisor.types';

/** A query advisor run: the report as produced, newest read back by `GET /api/ops/query-advisor/latest`. */
@Entity('query_advisor_reports')
@Index('ix_query_advisor_reports_created', ['createdAt'])
export class QueryAdvisorReport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 32 }) source: 'pg_stat_statements' | 'explain';
  @Column({ type: 'jsonb' }) report: QueryAdvisorReportBody;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
