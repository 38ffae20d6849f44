import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { AuditLogEntryDto, AuditLogPageDto, AuditLogQueryDto, CompanyAuditLogQueryDto } from './audit-log.dto';
import { AuditLogService } from './audit-log.service';

/** The whole log (platform roles), and one company's entries (also its company admins). */
@ApiTags('audit-log')
@ApiBearerAuth()
@ApiErrors()
@Controller('api')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get('audit-log')
  @ApiOkResponse({ type: AuditLogPageDto })
  @Roles('super_admin', 'ops')
  async list(@Query() query: AuditLogQueryDto): Promise<AuditLogPageDto> {
    const result = await this.log.list(query.companyId, query);
    return { ...result, items: result.items.map(AuditLogEntryDto.from) };
  }

  @Get('companies/:companyId/audit-log')
  @ApiOkResponse({ type: AuditLogPageDto })
  @Roles('super_admin', 'ops', 'company_admin')
  async listOfCompany(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CompanyAuditLogQueryDto,
  ): Promise<AuditLogPageDto> {
    const result = await this.log.list(companyId, query);
    return { ...result, items: result.items.map(AuditLogEntryDto.from) };
  }
}
