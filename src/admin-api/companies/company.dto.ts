import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsString,
  IsTimeZone,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

export class CompanySettingsDto {
  @ApiProperty({ minimum: 0, maximum: 240, description: 'Minutes kept free around appointments' })
  @IsInt()
  @Min(0)
  @Max(240)
  bookingBufferMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 365, description: 'How far ahead callers may book' })
  @IsInt()
  @Min(1)
  @Max(365)
  maxAdvanceDays: number;

  @ApiProperty({ minimum: 0, description: 'Prepaid balance below which the company is alerted' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  lowBalanceThresholdCents: number;

  @ApiProperty({ minimum: 1, maximum: 3650, description: 'Days transcripts, recordings and payloads are kept' })
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays: number;
}

export class CompanyBillingDto {
  @ApiProperty({ minimum: 0, maximum: 10_000 }) @IsInt() @Min(0) @Max(10_000) ratePerMinuteCents: number;
  @ApiProperty({ minimum: 1, maximum: 3600 }) @IsInt() @Min(1) @Max(3600) billingIncrementSeconds: number;
}

class CompanySettingsPatchDto extends PartialType(CompanySettingsDto, { skipNullProperties: false }) {}
class CompanyBillingPatchDto extends PartialType(CompanyBillingDto, { skipNullProperties: false }) {}

export class CreateCompanyDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) name: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: 'IANA time zone' })
  @IsOptionalNotNull()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ enum: ['de', 'en'] }) @IsOptionalNotNull() @IsIn(['de', 'en']) locale?: 'de' | 'en';

  @ApiPropertyOptional({ example: 'DE', description: 'ISO 3166-1 alpha-2, to read national phone numbers' })
  @IsOptionalNotNull()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ type: CompanySettingsPatchDto })
  @IsOptionalNotNull()
  // ValidateNested alone validates each element of an array and lets it through: `[{…}]` was stored as
  // settings `{"0": {…}}`.
  @IsObject()
  @ValidateNested()
  @Type(() => CompanySettingsPatchDto)
  settings?: CompanySettingsPatchDto;

  @ApiPropertyOptional({ type: CompanyBillingPatchDto, description: 'super_admin only' })
  @IsOptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => CompanyBillingPatchDto)
  billing?: CompanyBillingPatchDto;
}

export class UpdateCompanyDto extends PartialType(CreateCompanyDto, { skipNullProperties: false }) {}

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timezone: string;
  @ApiProperty({ enum: ['de', 'en'] }) locale: 'de' | 'en';
  @ApiProperty({ example: 'DE' }) country: string;
  @ApiProperty({ type: CompanySettingsDto }) settings: CompanySettingsDto;
  @ApiProperty({ type: CompanyBillingDto }) billing: CompanyBillingDto;
  @ApiProperty() balanceCents: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(c: Company): CompanyDto {
    return {
      id: c.id,
      name: c.name,
      timezone: c.timezone,
      locale: c.locale,
      country: c.country,
      settings: c.settings,
      billing: { ratePerMinuteCents: c.ratePerMinuteCents, billingIncrementSeconds: c.billingIncrementSeconds },
      balanceCents: c.balanceCents,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CompanyPageDto extends PageMetaDto {
  @ApiProperty({ type: [CompanyDto] }) items: CompanyDto[];
}
