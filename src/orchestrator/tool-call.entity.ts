import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

/** One tool call made during a phone call, for that call's timeline. */
@Entity('tool_calls')
@Index('ix_tool_calls_company_created', ['companyId', 'createdAt'])
export class ToolCall {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') companyId: string;

  @Index()
  @Column({ length: 128 })
  retellCallId: string;

  @Column({ length: 64 }) server: string;
  @Column({ length: 64 }) tool: string;
  @Column({ length: 16 }) outcome: string;
  @Column({ type: 'integer' }) latencyMs: number;
  @Column({ type: 'varchar', length: 32, nullable: true }) errorCode: string | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
