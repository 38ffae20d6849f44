import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

export type CallStatus = 'registered' | 'ongoing' | 'ended' | 'not_connected' | 'error';

/**
 * A phone call handled by a Retell agent, built from Retell's webhooks (or an import). The migrations also add
 * raw SQL the entity does not map: `transcript_search` (a generated tsvector of the transcript) with its GIN
 * index, and `ix_calls_company_recent` (the call list's order, which also serves company + start-time ranges).
 */
@Entity('calls')
export class Call extends CompanyOwned {
  @Index('uq_calls_retell_call_id', { unique: true })
  @Column({ length: 128 })
  retellCallId: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn()
  branch?: Branch | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne(() => Customer, { onDelete: 'SET NULL' })
  @JoinColumn()
  customer?: Customer | null;

  @Column({ type: 'varchar', length: 128, nullable: true }) agentId: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) direction: 'inbound' | 'outbound' | 'web' | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) fromNumber: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) toNumber: string | null;
  @Column({ type: 'varchar', length: 16, default: 'ongoing' }) status: CallStatus;
  @Column({ type: TIMESTAMPTZ, nullable: true }) startedAt: Date | null;
  @Column({ type: TIMESTAMPTZ, nullable: true }) endedAt: Date | null;
  @Column({ type: 'integer', nullable: true }) durationSeconds: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) disconnectionReason: string | null;
  @Column({ type: 'text', nullable: true }) transcript: string | null;
  @Column({ type: 'jsonb', nullable: true }) transcriptObject: unknown[] | null;
  @Column({ type: 'text', nullable: true }) recordingUrl: string | null;
  @Column({ type: 'integer', nullable: true }) costCents: number | null;
  @Column({ type: 'jsonb', nullable: true }) dynamicVariables: Record<string, string> | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) sentiment: string | null;
  @Column({ type: 'boolean', nullable: true }) successful: boolean | null;
  @Column({ type: 'jsonb', nullable: true }) analysis: Record<string, unknown> | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
