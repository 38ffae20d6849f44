import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export type AlertSeverity = 'info' | 'warning' | 'critical';
export type AlertStatus = 'firing' | 'resolved';

/** A fired alert; company-scoped ones (low balance, broken integration) carry the company. */
@Entity('alerts')
@Index('ix_alerts_status_fired', ['status', 'firedAt'])
@Index('ix_alerts_company_fired', ['companyId', 'firedAt'])
export class Alert {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ length: 64 }) rule: string;
  @Column({ type: 'varchar', length: 16 }) severity: AlertSeverity;
  @Column({ type: 'uuid', nullable: true }) companyId: string | null;
  @Column({ type: 'varchar', length: 16, default: 'firing' }) status: AlertStatus;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: Record<string, unknown>;
  @CreateDateColumn({ type: TIMESTAMPTZ }) firedAt: Date;
  @Column({ type: TIMESTAMPTZ, nullable: true }) resolvedAt: Date | null;
  @Column({ type: TIMESTAMPTZ, nullable: true }) acknowledgedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) acknowledgedBy: string | null;
  /** When the firing notification was handled (sent, or suppressed by the cooldown); null: not yet (e.g. raised by the ledger). */
  @Column({ type: TIMESTAMPTZ, nullable: true }) notifiedAt: Date | null;
}
