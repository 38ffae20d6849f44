import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

export const API_KEY_SCOPES = ['voice', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A machine client's key (`swb_<prefix>_<secret>`), bound to one company. Only a hash of the secret is kept. */
@Entity('api_keys')
@Index(['companyId'])
export class ApiKey extends CompanyOwned {
  @Column({ length: 200 }) name: string;

  /** The public part of the key, for lookup and display. */
  @Index('uq_api_keys_prefix', { unique: true })
  @Column({ length: 16 })
  prefix: string;

  /** SHA-256 of the whole key: it has 256 bits of entropy, so a slow hash adds nothing. */
  @Column({ length: 64, select: false }) secretHash: string;

  @Column({ type: 'text', array: true }) scopes: ApiKeyScope[];
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: TIMESTAMPTZ, nullable: true }) lastUsedAt: Date | null;
  @Column({ type: TIMESTAMPTZ, nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
