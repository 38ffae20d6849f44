import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional } from 'class-validator';
import type { CallbackRequest } from 'src/booking/callback-request.entity';
import type { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import type { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { customerRef, CustomerRefDto, namedRef, NamedRefDto } from '../common/refs';

/** A callback request with the branch and customer it names (mapped in by the query, no relations). */
export type CallbackRow = CallbackRequest & { branch?: Branch | null; customer?: Customer | null };

/** Filters of a company's callback requests. */
export class CallbackListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only requests worked off (or still open)' })
  @IsOptional()
  @IsIn(['true', 'false'])
  done?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'date-time', description: 'Requests made at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Requests made before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class CallbackDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: NamedRefDto, nullable: true }) branch: NamedRefDto | null;
  @ApiProperty({ type: CustomerRefDto, nullable: true }) customer: CustomerRefDto | null;
  @ApiProperty({ type: String, nullable: true, example: '+4915112345678' }) phone: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name the caller gave' }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'morgen ab 14 Uhr' }) preferredTime: string | null;
  @ApiProperty({
    example: 'requested',
    description: 'Why it was recorded: the caller asked (`requested`) or a tool fell back to it',
  })
  source: string;
  @ApiProperty({ type: String, nullable: true }) retellCallId: string | null;
  @ApiProperty() done: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(c: CallbackRow): CallbackDto {
    return {
      id: c.id,
      branch: namedRef(c.branch),
      customer: customerRef(c.customer),
      phone: c.phone,
      name: c.name,
      reason: c.reason,
      preferredTime: c.preferredTime,
      source: c.source,
      retellCallId: c.retellCallId,
      done: c.done,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CallbackPageDto extends PageMetaDto {
  @ApiProperty({ type: [CallbackDto] }) items: CallbackDto[];
}

export class UpdateCallbackDto {
  @ApiProperty({ description: 'The request was worked off (false reopens it)' })
  @IsBoolean()
  done: boolean;
}
