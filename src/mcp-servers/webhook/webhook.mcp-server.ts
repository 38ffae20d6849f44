import { Injectable } from '@nestjs/common';
import { McpServer, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import {
  ListWebhookEventsInput,
  ReplayEventInput,
  WebhookCountsDto,
  WebhookEventPageDto,
  WebhookEventSummaryDto,
  WebhookStatsInput,
} from './dto/webhook.dto';
import { WebhookEventsQuery } from './webhook-events-query.service';
import { WebhookInboxService } from './webhook-inbox.service';

/**
 * The inbox as tools: company-bound callers see and replay their own company's events; platform callers
 * (ops, super admins without a company) see all.
 */
@Injectable()
@McpServer('webhook')
export class WebhookMcpServer {
  constructor(
    private readonly query: WebhookEventsQuery,
    private readonly inbox: WebhookInboxService,
  ) {}

  @Tool({
    name: 'list_events',
    description: 'Stored webhook events (Retell, Cal.com, Stripe), newest first, filtered by provider, status, time.',
    input: ListWebhookEventsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5000,
  })
  listEvents(input: ListWebhookEventsInput, ctx: ToolContext): Promise<WebhookEventPageDto> {
    return this.query.list(input, ctx.companyId);
  }

  @Tool({
    name: 'replay_event',
    description: 'Processes a stored webhook event again (the stored row is kept).',
    input: ReplayEventInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 5000,
  })
  async replayEvent(input: ReplayEventInput, ctx: ToolContext): Promise<WebhookEventSummaryDto> {
    await this.inbox.replay(input.id, ctx.companyId ?? undefined);
    const { payload: _payload, dedupeKey: _key, ...event } = await this.query.get(input.id, ctx.companyId);
    return event;
  }

  @Tool({
    name: 'stats',
    description: 'Webhook events per status and provider.',
    input: WebhookStatsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5000,
  })
  stats(_input: WebhookStatsInput, ctx: ToolContext): Promise<WebhookCountsDto> {
    return this.query.counts(ctx.companyId);
  }
}
