import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import {
  ListWebhookEventsInput,
  ReplayDeadInput,
  ReplayedDto,
  WebhookCountsDto,
  WebhookEventDetailDto,
  WebhookEventPageDto,
} from 'src/mcp-servers/webhook/dto/webhook.dto';
import { WebhookEventsQuery } from 'src/mcp-servers/webhook/webhook-events-query.service';
import { WebhookInboxService } from 'src/mcp-servers/webhook/webhook-inbox.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { actorOf } from '../common/audit-actor';

/** Shared by the operators' and the company admins' routes: one way to read and replay the inbox. */
class WebhookEventsActions {
  constructor(
    protected readonly query: WebhookEventsQuery,
    protected readonly inbox: WebhookInboxService,
    protected readonly audit: AuditService,
  ) {}

  protected async replayOne(
    principal: Principal,
    id: string,
    companyId: string | null,
  ): Promise<WebhookEventDetailDto> {
    const event = await this.inbox.replay(id, companyId ?? undefined);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'webhook.replay',
      targetType: 'webhook_event',
      targetId: id,
      companyId: event.companyId,
      before: { status: event.status, attempts: event.attempts },
    });
    return this.query.get(id, companyId);
  }
}

/** The whole inbox, for operators: filter, inspect (secrets masked), replay one or all dead. */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 409)
@Roles('super_admin', 'ops')
@Controller('api/webhook-events')
export class WebhookEventsController extends WebhookEventsActions {
  constructor(query: WebhookEventsQuery, inbox: WebhookInboxService, audit: AuditService) {
    super(query, inbox, audit);
  }

  @Get()
  @ApiOkResponse({ type: WebhookEventPageDto })
  list(@Query() filter: ListWebhookEventsInput): Promise<WebhookEventPageDto> {
    return this.query.list(filter, null);
  }

  @Get('counts')
  @ApiOkResponse({ type: WebhookCountsDto })
  counts(): Promise<WebhookCountsDto> {
    return this.query.counts(null);
  }

  @Post('replay-dead')
  @HttpCode(200)
  @ApiOkResponse({ type: ReplayedDto })
  async replayDead(@CurrentPrincipal() principal: Principal, @Body() body: ReplayDeadInput): Promise<ReplayedDto> {
    const ids = await this.inbox.replayDead(body);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'webhook.replay_dead',
      targetType: 'webhook_event',
      companyId: body.companyId ?? null,
      after: { ...body, count: ids.length },
    });
    return { ids };
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookEventDetailDto })
  get(@Param('id', uuidParam('id')) id: string): Promise<WebhookEventDetailDto> {
    return this.query.get(id, null);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookEventDetailDto })
  replay(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<WebhookEventDetailDto> {
    return this.replayOne(principal, id, null);
  }
}

/** One company's own inbox (company admins; operators too). */
@ApiTags('webhooks')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 409)
@Controller('api/companies/:companyId/webhook-events')
export class CompanyWebhookEventsController extends WebhookEventsActions {
  constructor(query: WebhookEventsQuery, inbox: WebhookInboxService, audit: AuditService) {
    super(query, inbox, audit);
  }

  @Get()
  @ApiOkResponse({ type: WebhookEventPageDto })
  list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() filter: ListWebhookEventsInput,
  ): Promise<WebhookEventPageDto> {
    return this.query.list(filter, companyId);
  }

  @Get('counts')
  @ApiOkResponse({ type: WebhookCountsDto })
  counts(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<WebhookCountsDto> {
    return this.query.counts(companyId);
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookEventDetailDto })
  get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<WebhookEventDetailDto> {
    return this.query.get(id, companyId);
  }

  @Post(':id/replay')
  @Roles('super_admin', 'ops', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookEventDetailDto })
  replay(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<WebhookEventDetailDto> {
    return this.replayOne(principal, id, companyId);
  }
}
