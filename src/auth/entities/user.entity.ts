import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export const ROLES = ['super_admin', 'ops', 'company_admin'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Stored lower-case. */
  @Index('uq_users_email', { unique: true })
  @Column({ length: 320 })
  email: string;

  /** argon2id. */
  @Column({ type: 'text', select: false }) passwordHash: string;

  @Column({ type: 'varchar', length: 16 }) role: Role;

  /** Set for company admins only. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Company | null;

  /** Bumped on password change: access tokens carry it, so older ones stop working. */
  @Column({ type: 'integer', default: 1 }) tokenVersion: number;

  @Column({ default: true }) isActive: boolean;
  @Column({ type: TIMESTAMPTZ, nullable: true }) lastLoginAt: Date | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
