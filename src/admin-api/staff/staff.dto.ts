import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import type { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

export class CreateStaffDto {
  @ApiProperty({ maxLength: 200, example: 'Dr. Anna Berg' }) @IsString() @Length(1, 200) name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 320 })
  @IsOptional()
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() branchId?:
    string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'Cal.com user booked for them' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  calcomUsername?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Cal.com event type booked for them' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  calcomEventTypeId?: number | null;

  @ApiPropertyOptional({ default: true, description: 'Whether callers can book them' })
  @IsOptionalNotNull()
  @IsBoolean()
  isBookable?: boolean;
}

export class UpdateStaffDto extends PartialType(CreateStaffDto, { skipNullProperties: false }) {}

export class StaffDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) branchId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) calcomUsername: string | null;
  @ApiProperty({ type: Number, nullable: true }) calcomEventTypeId: number | null;
  @ApiProperty() isBookable: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(s: Staff): StaffDto {
    return {
      id: s.id,
      companyId: s.companyId,
      branchId: s.branchId ?? null,
      name: s.name,
      email: s.email ?? null,
      calcomUsername: s.calcomUsername ?? null,
      calcomEventTypeId: s.calcomEventTypeId ?? null,
      isBookable: s.isBookable,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class StaffPageDto extends PageMetaDto {
  @ApiProperty({ type: [StaffDto] }) items: StaffDto[];
}
