import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Branch, BusinessHours, SpecialDay } from 'src/mcp-servers/directory/entities/branch.entity';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';
import { IsBusinessHours, IsIntervalList, IsOptionalNotNull } from '../common/validators';

export const RETELL_AGENT_ID = /^[\w-]{1,128}$/;

export class SpecialDayDto implements SpecialDay {
  @ApiProperty({ example: '2026-12-24' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: [['09:00', '12:00']], description: 'Empty: closed all day' })
  @IsIntervalList()
  intervals: [string, string][];

  @ApiPropertyOptional({ example: 'Heiligabend' }) @IsOptional() @IsString() @MaxLength(200) note?: string;
}

const BUSINESS_HOURS_EXAMPLE = {
  mon: [
    ['08:00', '12:00'],
    ['13:00', '18:00'],
  ],
  sat: [['09:00', '13:00']],
};

export class CreateBranchDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) name: string;

  @ApiPropertyOptional({ example: 'Europe/Berlin', description: "IANA time zone; defaults to the company's" })
  @IsOptionalNotNull()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) address?: string | null;

  @ApiPropertyOptional({ example: BUSINESS_HOURS_EXAMPLE, description: 'Weekday (mon…sun) → HH:mm intervals' })
  @IsOptionalNotNull()
  @IsBusinessHours()
  businessHours?: BusinessHours;

  @ApiPropertyOptional({ type: [SpecialDayDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(366)
  // Each element an object: ValidateNested alone accepts `[[{…}]]` (it validates the inner array's items).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SpecialDayDto)
  specialDays?: SpecialDayDto[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Default Cal.com event type for bookings' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  calcomEventTypeId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Retell agent answering this branch' })
  @IsOptional()
  @Matches(RETELL_AGENT_ID, { message: 'retellAgentId must be 1-128 letters, digits, _ or -' })
  retellAgentId?: string | null;

  @ApiPropertyOptional({ default: true }) @IsOptionalNotNull() @IsBoolean() isActive?: boolean;
}

export class UpdateBranchDto extends PartialType(CreateBranchDto, { skipNullProperties: false }) {}

export class BranchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() name: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ example: BUSINESS_HOURS_EXAMPLE }) businessHours: BusinessHours;
  @ApiProperty({ type: [SpecialDayDto] }) specialDays: SpecialDayDto[];
  @ApiProperty({ type: Number, nullable: true }) calcomEventTypeId: number | null;
  @ApiProperty({ type: String, nullable: true }) retellAgentId: string | null;
  @ApiProperty() isActive: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(b: Branch): BranchDto {
    return {
      id: b.id,
      companyId: b.companyId,
      name: b.name,
      timezone: b.timezone,
      address: b.address,
      businessHours: b.businessHours,
      specialDays: b.specialDays,
      calcomEventTypeId: b.calcomEventTypeId,
      retellAgentId: b.retellAgentId,
      isActive: b.isActive,
      createdAt: b.createdAt.toISOString(),
      updatedAt: b.updatedAt.toISOString(),
    };
  }
}

export class BranchPageDto extends PageMetaDto {
  @ApiProperty({ type: [BranchDto] }) items: BranchDto[];
}
