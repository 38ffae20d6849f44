import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { Branch } from './branch.entity';
import { CompanyOwned } from './company-owned.entity';

/** A number a voice agent answers. E.164, unique among live rows across all companies. */
@Entity('phone_numbers')
@Index('uq_phone_numbers_number_live', ['number'], { unique: true, where: '"deleted_at" IS NULL' })
@Index(['companyId'])
export class PhoneNumber extends CompanyOwned {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn()
  branch?: Branch | null;

  @Column({ length: 16 }) number: string;

  @Index()
  @Column({ type: 'varchar', length: 128, nullable: true })
  retellAgentId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true }) label: string | null;
  @Column({ default: true }) isActive: boolean;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
  @DeleteDateColumn({ type: TIMESTAMPTZ }) deletedAt: Date | null;
}
