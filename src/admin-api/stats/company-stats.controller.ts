import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { ToolStatsQueryService } from 'src/orchestrator/stats/tool-stats-query.service';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { CompanyStatsDto, StatsWindowQueryDto, TimeseriesDto, TimeseriesQueryDto } from './stats.dto';

/** The dashboard's figures for one company: its own calls only (the AccessGuard keeps admins to their company). */
@ApiTags('stats')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops', 'company_admin')
@Controller('api/companies/:companyId/stats')
export class CompanyStatsController {
  constructor(private readonly stats: ToolStatsQueryService) {}

  @Get()
  @ApiOkResponse({ type: CompanyStatsDto })
  overview(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: StatsWindowQueryDto,
  ): Promise<CompanyStatsDto> {
    return this.stats.companyOverview(companyId, query.window);
  }

  @Get('timeseries')
  @ApiOkResponse({ type: TimeseriesDto })
  timeseries(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: TimeseriesQueryDto,
  ): Promise<TimeseriesDto> {
    return this.stats.timeseries({ ...query, companyId });
  }
}
