import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Company } from './company.entity';

/**
 * The columns every tenant-owned row shares: a UUID key and its company (deleted with it). Indexes stay on
 * each entity, since most lead with company_id in a composite index of their own.
 */
export abstract class CompanyOwned {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Company;
}
