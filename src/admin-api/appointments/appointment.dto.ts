import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { Appointment, AppointmentStatus } from 'src/booking/appointment.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { customerRef, CustomerRefDto, namedRef, NamedRefDto } from '../common/refs';

export const APPOINTMENT_STATUSES: AppointmentStatus[] = ['booked', 'rescheduled', 'cancelled'];
const ORDERS = ['asc', 'desc'] as const;

/** Filters of a company's appointment list. */
export class AppointmentListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Appointments starting at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Appointments starting before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: APPOINTMENT_STATUSES })
  @IsOptional()
  @IsIn(APPOINTMENT_STATUSES, { message: `status must be one of ${APPOINTMENT_STATUSES.join(', ')}` })
  status?: AppointmentStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() branchId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;

  @ApiPropertyOptional({
    minLength: 3,
    maxLength: 32,
    example: '0151 12345678',
    description: "The customer's phone number in any format (national numbers in the company's country)",
  })
  @IsOptional()
  @IsString()
  @Length(3, 32)
  phone?: string;

  @ApiPropertyOptional({ enum: ORDERS, default: 'asc', description: 'By start time' })
  @IsOptional()
  @IsIn(ORDERS)
  order?: (typeof ORDERS)[number];
}

export class AppointmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status: AppointmentStatus;
  @ApiProperty({ type: NamedRefDto, nullable: true }) branch: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) service: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) staff: NamedRefDto | null;
  @ApiProperty({ type: CustomerRefDto, nullable: true }) customer: CustomerRefDto | null;
  @ApiProperty({ type: String, nullable: true }) calcomBookingUid: string | null;
  @ApiProperty() calcomEventTypeId: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The call that booked it' })
  callId: string | null;
  @ApiProperty({ type: String, nullable: true }) retellCallId: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the booking came from (`metadata.source`), e.g. a voice tool or a Cal.com event',
  })
  source: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(a: Appointment): AppointmentDto {
    const source = a.metadata?.source;
    return {
      id: a.id,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      status: a.status,
      branch: namedRef(a.branch),
      service: namedRef(a.service),
      staff: namedRef(a.staff),
      customer: customerRef(a.customer),
      calcomBookingUid: a.calcomBookingUid,
      calcomEventTypeId: a.calcomEventTypeId,
      callId: a.callId,
      retellCallId: a.call?.retellCallId ?? null,
      notes: a.notes,
      source: typeof source === 'string' ? source : null,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

export class AppointmentDetailDto extends AppointmentDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata: Record<string, unknown>;

  static fromDetail(a: Appointment): AppointmentDetailDto {
    return { ...AppointmentDto.from(a), metadata: a.metadata ?? {} };
  }
}

export class AppointmentPageDto extends PageMetaDto {
  @ApiProperty({ type: [AppointmentDto] }) items: AppointmentDto[];
}
