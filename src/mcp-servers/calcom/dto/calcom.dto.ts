import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** `YYYY-MM-DD` or an ISO 8601 instant. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** An instant with an explicit offset or `Z`: a bare local time would be read in the server's zone. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = (field: string) => ({ message: `${field} must be an ISO 8601 instant with offset or Z` });
const E164 = /^\+[1-9]\d{6,14}$/;
const UID = /^[A-Za-z0-9_-]{1,128}$/;

export class EmptyInput {}

export class EventTypeIdInput {
  @ApiProperty({ example: 123 }) @IsInt() @Min(1) eventTypeId: number;
}

export class CheckAvailabilityInput extends EventTypeIdInput {
  @ApiProperty({ example: '2026-12-01', description: 'YYYY-MM-DD (start of that day) or an ISO instant' })
  @Matches(DATE_OR_INSTANT, { message: 'start must be YYYY-MM-DD or an ISO 8601 instant' })
  start: string;

  @ApiProperty({ example: '2026-12-03', description: 'YYYY-MM-DD (end of that day) or an ISO instant' })
  @Matches(DATE_OR_INSTANT, { message: 'end must be YYYY-MM-DD or an ISO 8601 instant' })
  end: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', default: 'UTC' }) @IsOptional() @IsTimeZone() timeZone?: string;
}

export class ReserveSlotInput extends EventTypeIdInput {
  @ApiProperty({ example: '2026-12-01T09:00:00Z' }) @Matches(INSTANT, INSTANT_MESSAGE('slotStart')) slotStart: string;
  @ApiPropertyOptional({ description: 'Minutes; defaults to the event length' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(480)
  slotDuration?: number;
  @ApiPropertyOptional({ description: 'Minutes the slot stays held (Cal.com default 5)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  reservationDuration?: number;
}

export class ReservationUidInput {
  @ApiProperty() @Matches(UID, { message: 'reservationUid is not a valid uid' }) reservationUid: string;
}

export class CreateBookingInput extends EventTypeIdInput {
  @ApiProperty({ example: '2026-12-01T09:00:00Z', description: 'Start instant (sent to Cal.com in UTC)' })
  @Matches(INSTANT, INSTANT_MESSAGE('start'))
  start: string;

  @ApiProperty({ example: 'Ana Silva' }) @IsString() @MinLength(1) @MaxLength(200) name: string;

  @ApiPropertyOptional({ description: 'Email or phone is required (no placeholder email is invented)' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: '+4930123456', description: 'E.164' })
  @IsOptional()
  @Matches(E164, { message: 'phone must be E.164, e.g. +4930123456' })
  phone?: string;

  @ApiProperty({ example: 'Europe/Berlin' }) @IsTimeZone() timeZone: string;

  @ApiPropertyOptional({ example: 'de' }) @IsOptional() @IsIn(['de', 'en', 'fr', 'it', 'es', 'pt', 'nl']) language?:
    string | undefined;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(5) @Max(480) lengthInMinutes?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) notes?: string;

  @ApiPropertyOptional({
    description: 'At most 50 keys (≤40 chars); values are sent as strings (≤500 chars)',
    example: { retell_call_id: 'call_123' },
  })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}

export class BookingUidInput {
  @ApiProperty() @Matches(UID, { message: 'uid is not a valid booking uid' }) uid: string;
}

export class RescheduleBookingInput extends BookingUidInput {
  @ApiProperty({ example: '2026-12-02T10:00:00Z' }) @Matches(INSTANT, INSTANT_MESSAGE('start')) start: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class CancelBookingInput extends BookingUidInput {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class FindBookingsInput {
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) eventTypeId?: number;
  @ApiPropertyOptional({ description: 'Bookings starting at or after this instant' })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE('afterStart'))
  afterStart?: string;
  @ApiPropertyOptional({ description: 'Bookings ending at or before this instant' })
  @IsOptional()
  @Matches(INSTANT, INSTANT_MESSAGE('beforeEnd'))
  beforeEnd?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() attendeeEmail?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) attendeeName?: string;
  @ApiPropertyOptional({ description: 'E.164; filtered by Switchboard (Cal.com has no phone filter)' })
  @IsOptional()
  @Matches(E164, { message: 'attendeePhone must be E.164, e.g. +4930123456' })
  attendeePhone?: string;
  @ApiPropertyOptional({ description: 'Exact metadata matches; filtered by Switchboard (Cal.com has no filter)' })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
  @ApiPropertyOptional({ enum: ['upcoming', 'past', 'cancelled', 'unconfirmed'] })
  @IsOptional()
  @IsIn(['upcoming', 'past', 'cancelled', 'unconfirmed'])
  status?: string;
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @IsInt() @Min(1) @Max(1000) page?: number;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @IsInt() @Min(1) @Max(100) pageSize?: number;
}
