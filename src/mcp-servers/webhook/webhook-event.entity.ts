import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export const WEBHOOK_PROVIDERS = ['retell', 'calcom', 'stripe'] as const;
export type WebhookProvider = (typeof WEBHOOK_PROVIDERS)[number];
export const WEBHOOK_STATUSES = ['received', 'processing', 'processed', 'ignored', 'failed', 'dead'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** The inbox: a webhook is acknowledged only once its row exists; the dedupe key makes a redelivery a no-op. */
@Entity('webhook_events')
@Index('uq_webhook_events_provider_dedupe', ['provider', 'dedupeKey'], { unique: true })
@Index('ix_webhook_events_status_received', ['status', 'receivedAt'])
@Index('ix_webhook_events_company_received', ['companyId', 'receivedAt'])
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'varchar', length: 16 }) provider: WebhookProvider;
  @Column({ length: 200 }) dedupeKey: string;
  @Column({ type: 'varchar', length: 64 }) eventType: string;

  /** Resolved at ingest when possible; null for events of no known company. */
  @Column({ type: 'uuid', nullable: true }) companyId: string | null;

  @Column({ type: 'varchar', length: 16, default: 'received' }) status: WebhookStatus;
  @Column({ type: 'jsonb', nullable: true }) payload: unknown;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column({ type: 'varchar', length: 128, nullable: true }) requestId: string | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) receivedAt: Date;
  @Column({ type: TIMESTAMPTZ, nullable: true }) processedAt: Date | null;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
