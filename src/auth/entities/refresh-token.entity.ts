import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { User } from './user.entity';

/** One refresh token (httpOnly cookie), stored as a SHA-256 hash; rotated on every use. */
@Entity('refresh_tokens')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Index('uq_refresh_tokens_token_hash', { unique: true })
  @Column({ length: 64 })
  tokenHash: string;

  /** Tokens of one login share a family: reuse of a rotated token revokes the whole family. */
  @Column('uuid') familyId: string;

  @Column({ type: TIMESTAMPTZ }) expiresAt: Date;
  @Column({ type: TIMESTAMPTZ, nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
