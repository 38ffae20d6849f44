import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import type { AlertSeverity } from './alert.entity';

export type AlertChannelType = 'webhook' | 'email';

/** Where alert notifications go: a generic webhook (JSON, HMAC-signed) or an e-mail address. */
@Entity('alert_channels')
export class AlertChannel {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ length: 100 }) name: string;
  @Column({ type: 'varchar', length: 16 }) type: AlertChannelType;
  /** The webhook URL or the e-mail address. */
  @Column({ length: 2048 }) target: string;
  /** The webhook's HMAC secret, encrypted (CryptoService); never returned by the API. */
  @Column({ type: 'text', nullable: true }) secretCiphertext: string | null;
  @Column({ default: true }) enabled: boolean;
  /** Alerts below this severity are not sent here. */
  @Column({ type: 'varchar', length: 16, default: 'warning' }) minSeverity: AlertSeverity;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
