import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

/** Who changed what, when: before/after snapshots with secrets masked. Append-only. */
@Entity('audit_log')
@Index('ix_audit_log_company_created', ['companyId', 'createdAt'])
@Index('ix_audit_log_created', ['createdAt'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 16 }) actorType: 'user' | 'api_key' | 'system';
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ type: 'varchar', length: 320, nullable: true }) actorLabel: string | null;
  @Column({ type: 'uuid', nullable: true }) companyId: string | null;
  @Column({ length: 64 }) action: string;
  @Column({ length: 64 }) targetType: string;
  @Column({ type: 'varchar', length: 64, nullable: true }) targetId: string | null;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
