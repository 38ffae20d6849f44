import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from './company-owned.entity';

/** A caller of one company, matched by E.164 number. */
@Entity('customers')
@Index('uq_customers_company_phone', ['companyId', 'phone'], { unique: true })
export class Customer extends CompanyOwned {
  @Column({ length: 16 }) phone: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) name: string | null;
  @Column({ type: 'varchar', length: 320, nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
