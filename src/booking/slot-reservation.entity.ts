import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

/** A Cal.com slot reservation held while a caller decides; released after booking or when it expires. */
@Entity('slot_reservations')
@Index('ix_slot_reservations_slot', ['calcomEventTypeId', 'startsAt'])
@Index(['companyId'])
export class SlotReservation extends CompanyOwned {
  @Column({ type: 'integer' }) calcomEventTypeId: number;
  @Column({ type: TIMESTAMPTZ }) startsAt: Date;
  @Column({ length: 128 }) reservationUid: string;
  @Column({ type: 'varchar', length: 128, nullable: true }) retellCallId: string | null;

  @Index()
  @Column({ type: TIMESTAMPTZ })
  expiresAt: Date;

  @Column({ type: TIMESTAMPTZ, nullable: true }) releasedAt: Date | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
