import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { AlertsService } from 'src/ops/alerts/alerts.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { actorOf } from '../common/audit-actor';
import { page } from 'src/platform/paging/pagination.dto';
import {
  AlertChannelDto,
  AlertChannelTestDto,
  AlertDto,
  AlertListQueryDto,
  AlertPageDto,
  CreateAlertChannelDto,
  UpdateAlertChannelDto,
} from './alert.dto';

/** Alerts, active (`status=firing`) and history (`status=resolved`); acknowledging one is audited. */
@ApiTags('ops')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops')
@Controller('api/ops/alerts')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AlertPageDto })
  async list(@Query() query: AlertListQueryDto): Promise<AlertPageDto> {
    const { items, total } = await this.alerts.list({
      status: query.status,
      rule: query.rule,
      companyId: query.companyId,
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items.map(AlertDto.from), total, query);
  }

  @Post(':id/ack')
  @HttpCode(200)
  @ApiOkResponse({ type: AlertDto })
  async ack(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string): Promise<AlertDto> {
    const { alert, changed } = await this.alerts.acknowledge(id, principal.id);
    if (changed) {
      await this.audit.record({
        actor: actorOf(principal),
        action: 'alert.ack',
        targetType: 'alert',
        targetId: id,
        companyId: alert.companyId,
        after: { rule: alert.rule, status: alert.status },
      });
    }
    return AlertDto.from(alert);
  }
}

/** Where notifications go: generic webhooks (HMAC-signed JSON) and e-mail addresses. Secrets are write-only. */
@ApiTags('ops')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops')
@Controller('api/ops/alert-channels')
export class AlertChannelsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AlertChannelDto] })
  async list(): Promise<AlertChannelDto[]> {
    return (await this.alerts.listChannels()).map(AlertChannelDto.from);
  }

  @Post()
  @ApiCreatedResponse({ type: AlertChannelDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateAlertChannelDto,
  ): Promise<AlertChannelDto> {
    const channel = AlertChannelDto.from(await this.alerts.createChannel(body));
    await this.audit.record({
      actor: actorOf(principal),
      action: 'alert_channel.create',
      targetType: 'alert_channel',
      targetId: channel.id,
      after: { ...channel },
    });
    return channel;
  }

  @Get(':id')
  @ApiOkResponse({ type: AlertChannelDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<AlertChannelDto> {
    return AlertChannelDto.from(await this.alerts.getChannel(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: AlertChannelDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateAlertChannelDto,
  ): Promise<AlertChannelDto> {
    const { before, after } = await this.alerts.updateChannel(id, body);
    const dto = AlertChannelDto.from(after);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'alert_channel.update',
      targetType: 'alert_channel',
      targetId: id,
      before: { ...AlertChannelDto.from(before) },
      after: { ...dto, secretChanged: body.secret !== undefined },
    });
    return dto;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam('id')) id: string): Promise<void> {
    const channel = await this.alerts.deleteChannel(id);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'alert_channel.delete',
      targetType: 'alert_channel',
      targetId: id,
      before: { ...AlertChannelDto.from(channel) },
    });
  }

  /** Sends a test notification (event `test`) to the channel now. */
  @Post(':id/test')
  @HttpCode(200)
  @ApiOkResponse({ type: AlertChannelTestDto })
  test(@Param('id', uuidParam('id')) id: string): Promise<AlertChannelTestDto> {
    return this.alerts.testChannel(id);
  }
}
