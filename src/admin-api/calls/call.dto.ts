import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { Appointment, AppointmentStatus } from 'src/booking/appointment.entity';
import type { Call, CallStatus } from 'src/calls/call.entity';
import type { ToolCall } from 'src/orchestrator/tool-call.entity';
import { APPOINTMENT_STATUSES } from '../appointments/appointment.dto';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { customerRef, CustomerRefDto, namedRef, NamedRefDto } from '../common/refs';

export const CALL_STATUSES: CallStatus[] = ['registered', 'ongoing', 'ended', 'not_connected', 'error'];
const DIRECTIONS = ['inbound', 'outbound', 'web'];

/** Filters of a company's call list. */
export class CallListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Calls started at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Calls started before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() branchId?: string;

  @ApiPropertyOptional({ enum: CALL_STATUSES })
  @IsOptional()
  @IsIn(CALL_STATUSES, { message: `status must be one of ${CALL_STATUSES.join(', ')}` })
  status?: CallStatus;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only calls that led (or did not lead) to a booking' })
  @IsOptional()
  @IsIn(['true', 'false'])
  hasAppointment?: 'true' | 'false';

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 200,
    description:
      'Word search in the transcript: calls whose transcript contains every word of the text (case-insensitive, ' +
      'whole words, no stemming, punctuation ignored: "zahnreinigung" finds "Zahnreinigung.", "zahn" does not). ' +
      'The total of a search is capped at 1,000 (see totalCapped).',
  })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  q?: string;
}

/** A row of the call list: everything but the transcript and the raw Retell payloads. */
export class CallSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() retellCallId: string;
  @ApiProperty({ type: NamedRefDto, nullable: true }) branch: NamedRefDto | null;
  @ApiProperty({ type: CustomerRefDto, nullable: true }) customer: CustomerRefDto | null;
  @ApiProperty({ type: String, enum: DIRECTIONS, nullable: true }) direction: 'inbound' | 'outbound' | 'web' | null;
  @ApiProperty({ type: String, nullable: true }) fromNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) toNumber: string | null;
  @ApiProperty({ enum: CALL_STATUSES }) status: CallStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationSeconds: number | null;
  @ApiProperty({ type: String, nullable: true }) disconnectionReason: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "Retell's cost of the call" }) costCents: number | null;
  @ApiProperty({ type: String, nullable: true }) sentiment: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) successful: boolean | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ description: 'The call led to at least one appointment' }) hasAppointment: boolean;

  static from(c: Call, hasAppointment: boolean): CallSummaryDto {
    return {
      id: c.id,
      retellCallId: c.retellCallId,
      branch: namedRef(c.branch),
      customer: customerRef(c.customer),
      direction: c.direction,
      fromNumber: c.fromNumber,
      toNumber: c.toNumber,
      status: c.status,
      startedAt: c.startedAt?.toISOString() ?? null,
      endedAt: c.endedAt?.toISOString() ?? null,
      durationSeconds: c.durationSeconds,
      disconnectionReason: c.disconnectionReason,
      costCents: c.costCents,
      sentiment: c.sentiment,
      successful: c.successful,
      summary: c.summary,
      hasAppointment,
    };
  }
}

export class CallPageDto extends PageMetaDto {
  @ApiProperty({ type: [CallSummaryDto] }) items: CallSummaryDto[];
  @ApiProperty({
    description:
      'The count stopped at 1,000 matching calls: `total` is then 1000 and means "at least 1,000". Only a text ' +
      'search (`q`) is counted this way; without `q` the total is exact and this is false.',
  })
  totalCapped: boolean;
}

/** One tool call the agent made during the call (the call's timeline). */
export class CallToolCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'calcom' }) server: string;
  @ApiProperty({ example: 'check_availability' }) tool: string;
  @ApiProperty({ example: 'success' }) outcome: string;
  @ApiProperty() latencyMs: number;
  @ApiProperty({ type: String, nullable: true }) errorCode: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(t: ToolCall): CallToolCallDto {
    return {
      id: t.id,
      server: t.server,
      tool: t.tool,
      outcome: t.outcome,
      latencyMs: t.latencyMs,
      errorCode: t.errorCode,
      createdAt: t.createdAt.toISOString(),
    };
  }
}

/** An appointment the call led to. */
export class CallAppointmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES }) status: AppointmentStatus;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) branchId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) serviceId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) staffId: string | null;
  @ApiProperty({ type: String, nullable: true }) calcomBookingUid: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(a: Appointment): CallAppointmentDto {
    return {
      id: a.id,
      status: a.status,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      branchId: a.branchId,
      serviceId: a.serviceId,
      staffId: a.staffId,
      calcomBookingUid: a.calcomBookingUid,
      createdAt: a.createdAt.toISOString(),
    };
  }
}

export class CallDetailDto extends CallSummaryDto {
  @ApiProperty({ type: String, nullable: true }) transcript: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    nullable: true,
    description: "Retell's utterances with word timings",
  })
  transcriptObject: unknown[] | null;
  @ApiProperty({ type: String, nullable: true }) recordingUrl: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, nullable: true })
  dynamicVariables: Record<string, string> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: "Retell's call analysis" })
  analysis: Record<string, unknown> | null;
  @ApiProperty({ type: [CallToolCallDto], description: 'Oldest first' }) toolCalls: CallToolCallDto[];
  @ApiProperty({ type: [CallAppointmentDto] }) appointments: CallAppointmentDto[];

  static fromDetail(c: Call, toolCalls: ToolCall[], appointments: Appointment[]): CallDetailDto {
    return {
      ...CallSummaryDto.from(c, appointments.length > 0),
      transcript: c.transcript,
      transcriptObject: c.transcriptObject,
      recordingUrl: c.recordingUrl,
      dynamicVariables: c.dynamicVariables,
      analysis: c.analysis,
      toolCalls: toolCalls.map(CallToolCallDto.from),
      appointments: appointments.map(CallAppointmentDto.from),
    };
  }
}
