import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export interface CompanySettings {
  bookingBufferMinutes: number;
  maxAdvanceDays: number;
  lowBalanceThresholdCents: number;
  retentionDays: number;
}

export const DEFAULT_COMPANY_SETTINGS: CompanySettings = {
  bookingBufferMinutes: 15,
  maxAdvanceDays: 60,
  lowBalanceThresholdCents: 1000,
  retentionDays: 90,
};

/** A tenant. Soft-deleted: its numbers and keys stop working at once, its data stays until purged. */
@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ length: 200 }) name: string;

  /** IANA zone, the default for its branches. */
  @Column({ length: 64, default: 'Europe/Berlin' }) timezone: string;

  @Column({ length: 2, default: 'de' }) locale: 'de' | 'en';

  /** ISO 3166-1 alpha-2, to parse national phone numbers. */
  @Column({ length: 2, default: 'DE' }) country: string;

  // Written as PostgreSQL prints jsonb (key order, spaces), so the drift check compares equal.
  @Column({
    type: 'jsonb',
    default: () =>
      `'{"retentionDays": 90, "maxAdvanceDays": 60, "bookingBufferMinutes": 15, "lowBalanceThresholdCents": 1000}'`,
  })
  settings: CompanySettings;

  @Column({ type: 'integer', default: 42 }) ratePerMinuteCents: number;

  @Column({ type: 'integer', default: 60 }) billingIncrementSeconds: number;

  /** The prepaid balance; balance_transactions is the ledger it is the sum of. */
  @Column({ type: 'integer', default: 0 }) balanceCents: number;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
  @Index()
  @DeleteDateColumn({ type: TIMESTAMPTZ })
  deletedAt: Date | null;
}
