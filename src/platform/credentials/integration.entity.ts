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
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export const INTEGRATION_PROVIDERS = ['calcom', 'retell'] as const;
export type IntegrationProvider = (typeof INTEGRATION_PROVIDERS)[number];
export type IntegrationStatus = 'unconfigured' | 'connected' | 'error';

/** A company's credentials for one vendor. The secret is AES-256-GCM ciphertext (CryptoService), never returned. */
@Entity('integrations')
@Index('uq_integrations_company_provider', ['companyId', 'provider'], { unique: true })
export class Integration {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') companyId: string;

  /** By entity name: the platform layer does not import the directory's entities. */
  @ManyToOne('Company', { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: unknown;

  @Column({ type: 'varchar', length: 32 }) provider: IntegrationProvider;
  @Column({ type: 'varchar', length: 16, default: 'unconfigured' }) status: IntegrationStatus;

  /** Ciphertext of a JSON object of secrets (api key, webhook key/secret); says which key encrypted it. */
  @Column({ type: 'text', nullable: true }) secretCiphertext: string | null;
  @Column({ type: 'varchar', length: 4, nullable: true }) apiKeyLast4: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) settings: Record<string, unknown>;

  @Column({ type: TIMESTAMPTZ, nullable: true }) lastTestedAt: Date | null;
  @Column({ type: 'boolean', nullable: true }) lastTestOk: boolean | null;
  @Column({ type: 'text', nullable: true }) lastTestDetail: string | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
