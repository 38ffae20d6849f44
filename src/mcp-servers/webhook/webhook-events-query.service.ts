import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { maskSecrets } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { page } from 'src/platform/paging/pagination.dto';
import type {
  ListWebhookEventsInput,
  WebhookCountsDto,
  WebhookEventDetailDto,
  WebhookEventPageDto,
  WebhookEventSummaryDto,
} from './dto/webhook.dto';
import { WebhookEvent } from './webhook-event.entity';

/** What operators and company admins see of the inbox; `companyId` set = only that company's events. */
@Injectable()
export class WebhookEventsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: ListWebhookEventsInput, companyId: string | null): Promise<WebhookEventPageDto> {
    const query = this.dataSource.getRepository(WebhookEvent).createQueryBuilder('e');
    const company = companyId ?? filter.companyId;
    if (company) query.andWhere('e.companyId = :company', { company });
    if (filter.provider) query.andWhere('e.provider = :provider', { provider: filter.provider });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('e.receivedAt >= :from', { from: new Date(filter.from) });
    if (filter.to) query.andWhere('e.receivedAt <= :to', { to: new Date(filter.to) });
    const [rows, total] = await query
      .orderBy('e.receivedAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(filter.skip)
      .take(filter.pageSize)
      .getManyAndCount();
    return page(rows.map(summary), total, filter);
  }

  async get(id: string, companyId: string | null): Promise<WebhookEventDetailDto> {
    const event = await this.dataSource.getRepository(WebhookEvent).findOneBy(companyId ? { id, companyId } : { id });
    if (!event) throw AppError.notFound('Webhook event');
    return { ...summary(event), dedupeKey: event.dedupeKey, payload: maskSecrets(event.payload) };
  }

  async counts(companyId: string | null): Promise<WebhookCountsDto> {
    const rows: { provider: string; status: string; count: number }[] = await this.dataSource.query(
      `SELECT provider, status, count(*)::int AS count FROM webhook_events
        ${companyId ? 'WHERE company_id = $1' : ''} GROUP BY provider, status`,
      companyId ? [companyId] : [],
    );
    const byStatus: Record<string, number> = {};
    const byProvider: Record<string, Record<string, number>> = {};
    for (const row of rows) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + row.count;
      (byProvider[row.provider] ??= {})[row.status] = row.count;
    }
    return { byStatus, byProvider };
  }
}

function summary(e: WebhookEvent): WebhookEventSummaryDto {
  return {
    id: e.id,
    provider: e.provider,
    eventType: e.eventType,
    companyId: e.companyId,
    status: e.status,
    attempts: e.attempts,
    lastError: e.lastError,
    receivedAt: e.receivedAt.toISOString(),
    processedAt: e.processedAt?.toISOString() ?? null,
  };
}
