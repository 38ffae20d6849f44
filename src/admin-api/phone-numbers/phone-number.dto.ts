import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import type { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { RETELL_AGENT_ID } from '../branches/branch.dto';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

export class CreatePhoneNumberDto {
  @ApiProperty({ example: '030 1234567', description: "Any format; stored as E.164 using the company's country" })
  @IsString()
  @Length(3, 40)
  number: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() branchId?:
    string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Overrides the branch's agent for this number" })
  @IsOptional()
  @Matches(RETELL_AGENT_ID, { message: 'retellAgentId must be 1-128 letters, digits, _ or -' })
  retellAgentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string | null;

  @ApiPropertyOptional({ default: true }) @IsOptionalNotNull() @IsBoolean() isActive?: boolean;
}

export class UpdatePhoneNumberDto extends PartialType(CreatePhoneNumberDto, { skipNullProperties: false }) {}

export class PhoneNumberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ example: '+49301234567' }) number: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) branchId: string | null;
  @ApiProperty({ type: String, nullable: true }) retellAgentId: string | null;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty() isActive: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(p: PhoneNumber): PhoneNumberDto {
    return {
      id: p.id,
      companyId: p.companyId,
      number: p.number,
      branchId: p.branchId,
      retellAgentId: p.retellAgentId,
      label: p.label,
      isActive: p.isActive,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  }
}

export class PhoneNumberPageDto extends PageMetaDto {
  @ApiProperty({ type: [PhoneNumberDto] }) items: PhoneNumberDto[];
}
