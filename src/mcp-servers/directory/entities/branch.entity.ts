import { Column, CreateDateColumn, DeleteDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from './company-owned.entity';

/** `HH:mm` intervals per weekday (`mon`…`sun`); a day may have several (lunch break). */
export type BusinessHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>>;

/** A date (`YYYY-MM-DD`) closed (no intervals) or with other hours, e.g. a public holiday. */
export interface SpecialDay {
  date: string;
  intervals: [string, string][];
  note?: string;
}

@Entity('branches')
@Index(['companyId'])
export class Branch extends CompanyOwned {
  @Column({ length: 200 }) name: string;
  @Column({ length: 64 }) timezone: string;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) businessHours: BusinessHours;
  @Column({ type: 'jsonb', default: () => "'[]'" }) specialDays: SpecialDay[];
  @Column({ type: 'integer', nullable: true }) calcomEventTypeId: number | null;

  @Index()
  @Column({ type: 'varchar', length: 128, nullable: true })
  retellAgentId: string | null;

  @Column({ default: true }) isActive: boolean;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
  @DeleteDateColumn({ type: TIMESTAMPTZ }) deletedAt: Date | null;
}
