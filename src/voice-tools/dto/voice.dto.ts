import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

/**
 * Arguments as a language model sends them: free-form strings (German or ISO dates, "14 Uhr"), read by the
 * tools themselves so that a near miss becomes a question back, not a validation error. Unknown arguments
 * are dropped by the orchestrator.
 */
const DATE = 'The day: ISO (2026-12-03), German (03.12.2026, 3. Dezember), or morgen/übermorgen/a weekday';
const TIME = 'The time of day: 14:30, 14 Uhr, 14:30 Uhr, 2 pm';

/**
 * Set by the Retell endpoint from the call object. MCP clients name the caller (`phone`, on the tools that
 * act for one) and may name the dialled number to pick the branch (else the company's main number).
 */
export class VoiceInput {
  @ApiPropertyOptional({ description: 'The number the caller dialled (picks the branch)', maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  calledNumber?: string;

  @ApiPropertyOptional({ description: "The caller's phone number (MCP clients)", maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ description: 'The call this happens in (MCP clients, optional)', maxLength: 128 })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  callId?: string;
}

/** Tools that act for a caller (book, move, cancel, look up, call back): `phone` identifies them. */
export class CallerInput extends VoiceInput {}

export class CheckAvailabilityArgs extends VoiceInput {
  @ApiProperty({ description: DATE, example: 'morgen' }) @IsString() @Length(1, 100) date: string;
  @ApiPropertyOptional({ description: TIME, example: '14 Uhr' }) @IsOptional() @IsString() @MaxLength(50) time?: string;
  @ApiPropertyOptional({ description: 'Service by name or keyword', example: 'Zahnreinigung' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  service?: string;
  @ApiPropertyOptional({ description: 'Preferred staff member', example: 'Dr. Weiß' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  staff?: string;
}

export class FindNextAvailableArgs extends VoiceInput {
  @ApiPropertyOptional({ description: 'Service by name or keyword' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  service?: string;
  @ApiPropertyOptional({ description: `Earliest day (${DATE}); today when left out` })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
  @ApiPropertyOptional({ description: 'Preferred staff member' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  staff?: string;
}

export class BookAppointmentArgs extends CallerInput {
  @ApiProperty({ description: DATE }) @IsString() @Length(1, 100) date: string;
  @ApiProperty({ description: TIME }) @IsString() @Length(1, 50) time: string;
  @ApiProperty({ description: "The caller's name", example: 'Anna Schmidt' }) @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ description: 'Service by name or keyword' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  service?: string;
  @ApiPropertyOptional({ description: 'E-mail for the confirmation' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
  @ApiPropertyOptional({ description: 'Anything the practice should know' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  notes?: string;
  @ApiPropertyOptional({ description: 'Preferred staff member' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  staff?: string;
}

export class RescheduleAppointmentArgs extends CallerInput {
  @ApiProperty({ description: `New day (${DATE})` }) @IsString() @Length(1, 100) newDate: string;
  @ApiProperty({ description: `New time (${TIME})` }) @IsString() @Length(1, 50) newTime: string;
  @ApiPropertyOptional({ description: 'Day of the current appointment, when the caller has several' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  date?: string;
  @ApiPropertyOptional({ description: 'Time of the current appointment' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  time?: string;
}

export class CancelAppointmentArgs extends CallerInput {
  @ApiPropertyOptional({ description: 'Day of the appointment, when the caller has several' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  date?: string;
  @ApiPropertyOptional({ description: 'Time of the appointment' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  time?: string;
  @ApiPropertyOptional({ description: 'Why the caller cancels' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class QueryAppointmentArgs extends CallerInput {}

export class ListServicesArgs extends VoiceInput {}

export class GetOpeningHoursArgs extends VoiceInput {
  @ApiPropertyOptional({ description: `A day to ask about (${DATE})` })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  date?: string;
}

export class AnswerQuestionArgs extends VoiceInput {
  @ApiProperty({ description: "The caller's question", example: 'Haben Sie einen Parkplatz?' })
  @IsString()
  @Length(1, 500)
  question: string;
}

export class RequestCallbackArgs extends CallerInput {
  @ApiPropertyOptional({ description: 'What the callback is about' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
  @ApiPropertyOptional({ description: 'When the caller prefers to be called' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  preferredTime?: string;
  @ApiPropertyOptional({ description: "The caller's name" }) @IsOptional() @IsString() @MaxLength(200) name?: string;
}

/** Arguments the Retell endpoint fills from the call object: left out of the Retell tool definitions. */
export const CALL_FILLED_ARGS = ['calledNumber', 'phone', 'callId'] as const;
