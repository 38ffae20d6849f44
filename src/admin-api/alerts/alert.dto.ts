import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import type { AlertChannel } from 'src/ops/alerts/alert-channel.entity';
import type { Alert } from 'src/ops/alerts/alert.entity';
import { ALERT_RULES } from 'src/ops/alerts/alert-rules';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';

const SEVERITIES = ['info', 'warning', 'critical'] as const;
const CHANNEL_TYPES = ['webhook', 'email'] as const;

export class AlertListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['firing', 'resolved'],
    description: 'Active (firing) or history (resolved); both when left out',
  })
  @IsOptional()
  @IsIn(['firing', 'resolved'])
  status?: 'firing' | 'resolved';

  @ApiPropertyOptional({ enum: ALERT_RULES })
  @IsOptional()
  @IsIn(ALERT_RULES)
  rule?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ALERT_RULES }) rule: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ enum: ['firing', 'resolved'] }) status: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) companyId: string | null;
  @ApiProperty() message: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) firedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) resolvedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) acknowledgedBy: string | null;

  static from(a: Alert): AlertDto {
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      id: a.id,
      rule: a.rule,
      severity: a.severity,
      status: a.status,
      companyId: a.companyId,
      message: a.message,
      details: a.details,
      firedAt: new Date(a.firedAt).toISOString(),
      resolvedAt: iso(a.resolvedAt),
      acknowledgedAt: iso(a.acknowledgedAt),
      acknowledgedBy: a.acknowledgedBy,
    };
  }
}

export class AlertPageDto extends PageMetaDto {
  @ApiProperty({ type: [AlertDto] }) items: AlertDto[];
}

export class CreateAlertChannelDto {
  @ApiProperty({ maxLength: 100 }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ enum: CHANNEL_TYPES }) @IsIn(CHANNEL_TYPES) type: 'webhook' | 'email';
  @ApiProperty({ description: 'The webhook URL (https, public address) or the e-mail address', maxLength: 2048 })
  @IsString()
  @Length(3, 2048)
  target: string;
  @ApiPropertyOptional({
    description: 'Webhook only, required there: the HMAC-SHA256 secret of X-Switchboard-Signature (write-only)',
    minLength: 16,
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @MinLength(16)
  @MaxLength(256)
  secret?: string;
  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ enum: SEVERITIES, default: 'warning' })
  @IsOptional()
  @IsIn(SEVERITIES)
  minSeverity?: 'info' | 'warning' | 'critical';
}

export class UpdateAlertChannelDto extends PartialType(CreateAlertChannelDto) {}

export class AlertChannelDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_TYPES }) type: string;
  @ApiProperty() target: string;
  @ApiProperty({ description: 'Whether a webhook secret is set (the secret itself is never returned)' })
  hasSecret: boolean;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ enum: SEVERITIES }) minSeverity: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(c: AlertChannel): AlertChannelDto {
    return {
      id: c.id,
      name: c.name,
      type: c.type,
      target: c.target,
      hasSecret: !!c.secretCiphertext,
      enabled: c.enabled,
      minSeverity: c.minSeverity,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class AlertChannelTestDto {
  @ApiProperty() ok: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'What went wrong, when it did' }) error: string | null;
}
