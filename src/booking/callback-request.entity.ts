import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

/**
 * A caller who should be called back: asked for it, or the voice tool could not help (upstream down, no
 * slot) and offered it instead of dead air. The company works them off in the portal (`done`).
 */
@Entity('callback_requests')
@Index('ix_callback_requests_company_created', ['companyId', 'createdAt'])
export class CallbackRequest extends CompanyOwned {
  @Column({ type: 'uuid', nullable: true }) branchId: string | null;
  @Column({ type: 'uuid', nullable: true }) customerId: string | null;
  /** Retell call id, when the request came from a phone call. */
  @Column({ type: 'varchar', length: 128, nullable: true }) retellCallId: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) phone: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) name: string | null;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) preferredTime: string | null;
  /** Why it was recorded: the caller asked, or a tool fell back to it (`upstream_unavailable`, …). */
  @Column({ type: 'varchar', length: 32, default: 'requested' }) source: string;
  @Column({ default: false }) done: boolean;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
