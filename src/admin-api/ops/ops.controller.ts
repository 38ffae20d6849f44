import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID, Matches } from 'class-validator';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { ToolStatsQueryService } from 'src/orchestrator/stats/tool-stats-query.service';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { poolHint, poolStatus } from 'src/ops/query-advisor/db-pool';
import { QueryAdvisor } from 'src/ops/query-advisor/query-advisor.service';
import { CacheWarmer } from 'src/ops/warmer/cache-warmer.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { actorOf } from '../common/audit-actor';
import {
  DatabaseStatusDto,
  OpsOverviewDto,
  StatsWindowQueryDto,
  TimeseriesDto,
  TimeseriesQueryDto,
} from '../stats/stats.dto';

class CircuitDto {
  @ApiProperty() server: string;
  @ApiProperty({ description: 'Company id, or "system" for platform-wide calls' }) companyId: string;
  @ApiProperty({ enum: ['closed', 'half_open', 'open'] }) state: string;
  @ApiProperty() since: string;
}

class ServerParams {
  @ApiProperty({ example: 'calcom' })
  @Matches(/^[a-z][a-z0-9_-]{0,63}$/, { message: 'server must be a server name' })
  server: string;
}

/**
 * `:scope` is a company id or `system`. Not named `companyId`: that name makes the access guard treat the route
 * as a tenant's, which would refuse `system` and the breakers of deleted companies.
 */
class CircuitParams extends ServerParams {
  @ApiProperty({ description: 'A company id, or system for platform-wide calls', example: 'system' })
  @Matches(/^([0-9a-f-]{36}|system)$/, { message: 'scope must be a company id or system' })
  scope: string;
}

class CacheQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
}

class ClearedDto {
  @ApiProperty() deleted: number;
}

class WarmProblemDto {
  @ApiProperty({ enum: ['number', 'availability'] }) kind: string;
  @ApiProperty({ description: 'company:<id> for a number, <companyId>:<eventTypeId> for availability' })
  target: string;
  @ApiProperty({ description: 'Error code, or RATE_BUDGET when the warmer left the rest of the limit to calls' })
  code: string;
}

class CacheWarmReportDto {
  @ApiProperty({ description: 'Active numbers whose resolution is cached (system and company keys)' })
  numbers: number;
  @ApiProperty({ description: 'Event types whose availability window is cached' }) availability: number;
  @ApiProperty({ description: "Availability left out to stay within Cal.com's rate limit" }) skipped: number;
  @ApiProperty() failed: number;
  @ApiProperty() durationMs: number;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: [WarmProblemDto] }) problems: WarmProblemDto[];
}

class QueryAdvisorRunDto {
  @ApiPropertyOptional({ description: 'Run ANALYZE (planner statistics) before the report' })
  @IsOptional()
  @IsBoolean()
  analyze?: boolean;
}

class QueryAdvisorReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pg_stat_statements', 'explain'] }) source: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'slowestQueries, hotQueryPlans (EXPLAIN path), indexHints, tableSizes, pool, hints, analyzed, durationMs',
  })
  report: Record<string, unknown>;
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
    private readonly warmer: CacheWarmer,
    private readonly advisor: QueryAdvisor,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The dashboard: per server and tool over the window, circuit states, queue backlogs and the DB pool. */
  @Get('overview')
  @ApiOkResponse({ type: OpsOverviewDto })
  async overview(@Query() query: StatsWindowQueryDto): Promise<OpsOverviewDto> {
    return { ...(await this.stats.overview(query.window)), database: this.database() };
  }

  /** The PostgreSQL pool of this instance: in use, idle, waiting, and the advisor's hint when clients wait. */
  @Get('database')
  @ApiOkResponse({ type: DatabaseStatusDto })
  database(): DatabaseStatusDto {
    const pool = poolStatus(this.dataSource);
    return { embedded: pool === null, pool, hint: poolHint(pool) };
  }

  /** Pre-loads the voice path's first reads now (the dashboard's one-click action); returns what it warmed. */
  @Post('cache/warm')
  @HttpCode(200)
  @ApiOkResponse({ type: CacheWarmReportDto })
  async warmCache(@CurrentPrincipal() principal: Principal): Promise<CacheWarmReportDto> {
    const report = await this.warmer.warm();
    await this.audit.record({
      actor: actorOf(principal),
      action: 'cache.warm',
      targetType: 'cache',
      targetId: 'warmer',
      companyId: null,
      after: {
        numbers: report.numbers,
        availability: report.availability,
        skipped: report.skipped,
        failed: report.failed,
        durationMs: report.durationMs,
      },
    });
    return report;
  }

  /** A new query advisor report (optionally after ANALYZE): a report only, never a schema change. */
  @Post('query-advisor/run')
  @HttpCode(200)
  @ApiOkResponse({ type: QueryAdvisorReportDto })
  async runAdvisor(
    @CurrentPrincipal() principal: Principal,
    @Body() body: QueryAdvisorRunDto,
  ): Promise<QueryAdvisorReportDto> {
    const saved = await this.advisor.run({ analyze: body.analyze ?? false });
    await this.audit.record({
      actor: actorOf(principal),
      action: 'query_advisor.run',
      targetType: 'query_advisor',
      targetId: saved.id,
      companyId: null,
      after: { source: saved.source, analyzed: saved.report.analyzed, hints: saved.report.hints.length },
    });
    return reportDto(saved);
  }

  /** The latest query advisor report; 404 before the first run. */
  @Get('query-advisor/latest')
  @ApiOkResponse({ type: QueryAdvisorReportDto })
  async latestAdvisorReport(): Promise<QueryAdvisorReportDto> {
    const latest = await this.advisor.latest();
    if (!latest) throw AppError.notFound('Query advisor report');
    return reportDto(latest);
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

function reportDto(saved: { id: string; source: string; createdAt: Date; report: object }): QueryAdvisorReportDto {
  return {
    id: saved.id,
    source: saved.source,
    createdAt: saved.createdAt.toISOString(),
    report: saved.report as Record<string, unknown>,
  };
}
