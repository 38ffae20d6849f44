import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from 'src/platform/paging/pagination.dto';
import { WEBHOOK_PROVIDERS, WEBHOOK_STATUSES, type WebhookProvider, type WebhookStatus } from '../webhook-event.entity';

/** Filters of the inbox; `companyId` is honoured for platform callers only (company callers see their own). */
export class ListWebhookEventsInput extends PageQueryDto {
  @ApiPropertyOptional({ enum: WEBHOOK_PROVIDERS }) @IsOptional() @IsIn(WEBHOOK_PROVIDERS) provider?: WebhookProvider;
  @ApiPropertyOptional({ enum: WEBHOOK_STATUSES }) @IsOptional() @IsIn(WEBHOOK_STATUSES) status?: WebhookStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ example: '2026-12-31T23:59:59Z' }) @IsOptional() @IsISO8601() to?: string;
}

export class ReplayEventInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() id: string;
}

export class ReplayDeadInput {
  @ApiPropertyOptional({ enum: WEBHOOK_PROVIDERS }) @IsOptional() @IsIn(WEBHOOK_PROVIDERS) provider?: WebhookProvider;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
}

export class WebhookStatsInput {}

export class WebhookEventSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WEBHOOK_PROVIDERS }) provider: WebhookProvider;
  @ApiProperty() eventType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) companyId: string | null;
  @ApiProperty({ enum: WEBHOOK_STATUSES }) status: WebhookStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt: string | null;
}

export class WebhookEventDetailDto extends WebhookEventSummaryDto {
  @ApiProperty({ description: 'The body as received, with secret-looking fields masked' }) payload: unknown;
  @ApiProperty() dedupeKey: string;
}

export class WebhookEventPageDto {
  @ApiProperty({ type: [WebhookEventSummaryDto] }) items: WebhookEventSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class WebhookCountsDto {
  @ApiProperty({ description: 'Events per status', example: { processed: 120, dead: 1 } })
  byStatus: Record<string, number>;
  @ApiProperty({ description: 'Events per provider and status', example: { retell: { processed: 100 } } })
  byProvider: Record<string, Record<string, number>>;
}

export class ReplayedDto {
  @ApiProperty({ type: [String] }) ids: string[];
}
