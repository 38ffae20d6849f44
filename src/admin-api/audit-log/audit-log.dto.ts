import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { AuditLog } from 'src/platform/audit/audit-log.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';

/** Filters of a company's audit log. */
export class CompanyAuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'service.update' }) @IsOptional() @IsString() @Length(1, 64) action?: string;
  @ApiPropertyOptional({ example: 'service' }) @IsOptional() @IsString() @Length(1, 64) targetType?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'User or API key id' }) @IsOptional() @IsUUID() actorId?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Entries before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

/** Filters of the platform-wide audit log. */
export class AuditLogQueryDto extends CompanyAuditLogQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
}

export class AuditLogEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['user', 'api_key', 'system'] }) actorType: 'user' | 'api_key' | 'system';
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The user's e-mail or the key's name" })
  actorLabel: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) companyId: string | null;
  @ApiProperty({ example: 'service.update' }) action: string;
  @ApiProperty({ example: 'service' }) targetType: string;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Secrets masked' })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Secrets masked' })
  after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty() createdAt: string;

  static from(e: AuditLog): AuditLogEntryDto {
    return {
      id: e.id,
      actorType: e.actorType,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      companyId: e.companyId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
      ip: e.ip,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class AuditLogPageDto extends PageMetaDto {
  @ApiProperty({ type: [AuditLogEntryDto] }) items: AuditLogEntryDto[];
}
