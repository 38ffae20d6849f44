import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import type { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

export class CreateServiceDto {
  @ApiProperty({ maxLength: 200, example: 'Zahnreinigung' }) @IsString() @Length(1, 200) name: string;

  @ApiProperty({ minimum: 5, maximum: 600, example: 45 }) @IsInt() @Min(5) @Max(600) durationMinutes: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 8900 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  priceCents?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Cal.com event type booked for it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  calcomEventTypeId?: number | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: 50,
    example: ['reinigung', 'prophylaxe'],
    description: 'Words callers use for it (each at most 64 characters)',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Empty: all branches' })
  @IsOptional()
  @IsUUID()
  branchId?: string | null;

  @ApiPropertyOptional({ default: true }) @IsOptionalNotNull() @IsBoolean() isActive?: boolean;
}

export class UpdateServiceDto extends PartialType(CreateServiceDto, { skipNullProperties: false }) {}

export class ServiceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) branchId: string | null;
  @ApiProperty() name: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ type: Number, nullable: true }) priceCents: number | null;
  @ApiProperty({ type: Number, nullable: true }) calcomEventTypeId: number | null;
  @ApiProperty({ type: [String] }) keywords: string[];
  @ApiProperty() isActive: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(s: Service): ServiceDto {
    return {
      id: s.id,
      companyId: s.companyId,
      branchId: s.branchId ?? null,
      name: s.name,
      durationMinutes: s.durationMinutes,
      priceCents: s.priceCents ?? null,
      calcomEventTypeId: s.calcomEventTypeId ?? null,
      keywords: s.keywords,
      isActive: s.isActive,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class ServicePageDto extends PageMetaDto {
  @ApiProperty({ type: [ServiceDto] }) items: ServiceDto[];
}
