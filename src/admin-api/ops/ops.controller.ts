import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { ToolStatsQueryService } from 'src/orchestrator/stats/tool-stats-query.service';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { actorOf } from '../common/audit-actor';
import { OpsOverviewDto, StatsWindowQueryDto, TimeseriesDto, TimeseriesQueryDto } from '../stats/stats.dto';

class CircuitDto {
  @ApiProperty() server: string;
  @ApiProperty({ description: 'Company id, or "system" for platform-wide calls' }) companyId: string;
  @ApiProperty({ enum: ['closed', 'half_open', 'open'] }) state: string;
  @ApiProperty() since: string;
}

class ServerParams {
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'server must be a server name' }) server: string;
}

/**
 * `:scope` is a company id or `system`. Not named `companyId`: that name makes the access guard treat the route
 * as a tenant's, which would refuse `system` and the breakers of deleted companies.
 */
class CircuitParams extends ServerParams {
  @Matches(/^([0-9a-f-]{36}|system)$/, { message: 'scope must be a company id or system' }) scope: string;
}

class CacheQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
}

class ClearedDto {
  @ApiProperty() deleted: number;
}

/** Operator actions on the pipeline (ops and super_admin), each audited. */
@ApiTags('ops')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops')
@Controller('api/ops')
export class OpsController {
  constructor(
    private readonly circuits: CircuitBreakerService,
    private readonly cache: ToolCacheService,
    private readonly registry: ToolRegistry,
    private readonly audit: AuditService,
    private readonly stats: ToolStatsQueryService,
  ) {}

  /** The dashboard: per server and tool over the window, circuit states and queue backlogs. */
  @Get('overview')
  @ApiOkResponse({ type: OpsOverviewDto })
  overview(@Query() query: StatsWindowQueryDto): Promise<OpsOverviewDto> {
    return this.stats.overview(query.window);
  }

  /** One metric per minute (1h), 5 minutes (24h) or hour (7d), optionally for one server or tool. */
  @Get('timeseries')
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(@Query() query: TimeseriesQueryDto): Promise<TimeseriesDto> {
    return this.stats.timeseries(query);
  }

  @Get('circuits')
  @ApiOkResponse({ type: [CircuitDto] })
  list(): Promise<CircuitDto[]> {
    return this.circuits.list();
  }

  @Post('circuits/:server/:scope/reset')
  @ApiNoContentResponse()
  @HttpCode(204)
  async reset(@CurrentPrincipal() principal: Principal, @Param() params: CircuitParams): Promise<void> {
    await this.circuits.reset(params.server, params.scope);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'circuit.reset',
      targetType: 'circuit',
      targetId: `${params.server}:${params.scope}`.slice(0, 64),
      companyId: params.scope === 'system' ? null : params.scope,
    });
  }

  @Delete('cache/:server')
  @ApiOkResponse({ type: ClearedDto })
  async clearCache(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ServerParams,
    @Query() query: CacheQuery,
  ): Promise<ClearedDto> {
    if (!this.registry.listServers().some((s) => s.name === params.server))
      throw AppError.notFound(`Server ${params.server}`);
    const deleted = await this.cache.clearServer(params.server, query.companyId);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'cache.clear',
      targetType: 'cache',
      targetId: params.server,
      companyId: query.companyId ?? null,
      after: { deleted },
    });
    return { deleted };
  }
}
