import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { normaliseNumber } from '../directory-cache';

/**
 * The number is normalised while the input is read, so every way of writing it shares one cache entry (the
 * cache key hashes the validated params); `companyCountry` is then dropped, unless the number did not parse
 * (it stays, so the handler reads the number in that country again and refuses it, never in another).
 */
export class ResolvePhoneNumberInput {
  @ApiProperty({ example: '+49 30 1234567', description: 'The called number, in any format' })
  @Transform(({ value, obj }: { value: unknown; obj: { companyCountry?: unknown } }) =>
    typeof value === 'string' ? (e164Of(value, obj.companyCountry) ?? value) : value,
  )
  @IsString()
  @Length(3, 40)
  number: string;

  @ApiPropertyOptional({
    example: 'DE',
    description: 'ISO 3166-1 alpha-2 used to read a national number (030 …); DE when omitted',
  })
  @Transform(({ value, obj }: { value: unknown; obj: { number?: unknown } }) =>
    typeof obj.number === 'string' && e164Of(obj.number, value) ? undefined : value,
  )
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  companyCountry?: string;
}

function e164Of(number: string, country: unknown): string | null {
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) return null;
  return normaliseNumber(number, country);
}

export class ResolveAgentInput {
  @ApiProperty({ example: 'agent_3f9c2b', description: 'A Retell agent id' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,128}$/, { message: 'agentId must be a Retell agent id' })
  agentId: string;
}

export class MainNumberInput {}

export class FindCustomerInput {
  @ApiProperty({ example: '+4915112345678' }) @IsString() @Length(3, 40) phone: string;
}

export class UpsertCustomerInput {
  @ApiProperty({ example: '+4915112345678' }) @IsString() @Length(3, 40) phone: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ maxLength: 320 }) @IsOptional() @IsEmail() @MaxLength(320) email?: string;
}

export class ListAppointmentsInput {
  @ApiPropertyOptional({ example: '+4915112345678' }) @IsOptional() @IsString() @Length(3, 40) phone?: string;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' }) @IsOptional() @IsISO8601() to?: string;
}

export class CallStatsInput {
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' }) @IsOptional() @IsISO8601() to?: string;
}
