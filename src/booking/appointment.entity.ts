import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Call } from 'src/calls/call.entity';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

export type AppointmentStatus = 'booked' | 'rescheduled' | 'cancelled';

/** A Cal.com booking made (or seen) by Switchboard. The idempotency key makes a retried booking a no-op. */
@Entity('appointments')
@Index('ix_appointments_company_starts', ['companyId', 'startsAt'])
// The call list's `hasAppointment` filter: an index-only semi-join of a company's appointments to its calls.
@Index('ix_appointments_company_call', ['companyId', 'callId'])
export class Appointment extends CompanyOwned {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  branchId: string | null;

  @ManyToOne(() => Branch, { onDelete: 'SET NULL' })
  @JoinColumn()
  branch?: Branch | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @ManyToOne(() => Customer, { onDelete: 'SET NULL' })
  @JoinColumn()
  customer?: Customer | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  callId: string | null;

  @ManyToOne(() => Call, { onDelete: 'SET NULL' })
  @JoinColumn()
  call?: Call | null;

  @Column({ type: 'uuid', nullable: true }) serviceId: string | null;

  @ManyToOne(() => Service, { onDelete: 'SET NULL' })
  @JoinColumn()
  service?: Service | null;

  @Column({ type: 'uuid', nullable: true }) staffId: string | null;

  @ManyToOne(() => Staff, { onDelete: 'SET NULL' })
  @JoinColumn()
  staff?: Staff | null;

  @Column({ type: 'integer' }) calcomEventTypeId: number;

  @Index('uq_appointments_calcom_booking_uid', { unique: true, where: '"calcom_booking_uid" IS NOT NULL' })
  @Column({ type: 'varchar', length: 128, nullable: true })
  calcomBookingUid: string | null;

  @Index('uq_appointments_idempotency_key', { unique: true })
  @Column({ length: 128 })
  idempotencyKey: string;

  @Column({ type: TIMESTAMPTZ }) startsAt: Date;
  @Column({ type: TIMESTAMPTZ }) endsAt: Date;
  @Column({ type: 'varchar', length: 16, default: 'booked' }) status: AppointmentStatus;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) metadata: Record<string, unknown>;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
