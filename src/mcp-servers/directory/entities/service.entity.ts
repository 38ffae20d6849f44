import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { Branch } from './branch.entity';
import { CompanyOwned } from './company-owned.entity';

/** What a caller can book (a "Dienstleistung"), mapped to a Cal.com event type. */
@Entity('services')
@Index(['companyId'])
export class Service extends CompanyOwned {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn()
  branch?: Branch | null;

  @Column({ length: 200 }) name: string;
  @Column({ type: 'integer', default: 30 }) durationMinutes: number;
  @Column({ type: 'integer', nullable: true }) priceCents: number | null;
  @Column({ type: 'integer', nullable: true }) calcomEventTypeId: number | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) keywords: string[];
  @Column({ default: true }) isActive: boolean;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
