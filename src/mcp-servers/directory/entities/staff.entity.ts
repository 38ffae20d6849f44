import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { Branch } from './branch.entity';
import { CompanyOwned } from './company-owned.entity';

@Entity('staff')
@Index(['companyId'])
export class Staff extends CompanyOwned {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn()
  branch?: Branch | null;

  @Column({ length: 200 }) name: string;
  @Column({ type: 'varchar', length: 320, nullable: true }) email: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) calcomUsername: string | null;
  @Column({ type: 'integer', nullable: true }) calcomEventTypeId: number | null;
  @Column({ default: true }) isBookable: boolean;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
