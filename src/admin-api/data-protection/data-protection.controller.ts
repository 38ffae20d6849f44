import { Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { CustomerDataService } from 'src/ops/data-protection/customer-data.service';
import { RetentionPurgeService } from 'src/ops/data-protection/retention-purge.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { actorOf } from '../common/audit-actor';

class CustomerDataExportDto {
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The customer row' })
  customer: Record<string, unknown>;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'With transcripts',
  })
  calls: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  appointments: Record<string, unknown>[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  callbackRequests: Record<string, unknown>[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'References (id, provider, type, status, time) of the stored webhooks about the caller',
  })
  webhookEvents: Record<string, unknown>[];
}

class CustomerEraseResultDto {
  @ApiProperty({ format: 'uuid' }) customerId: string;
  @ApiProperty({ description: 'Calls kept for billing, their transcript, recording and caller number cleared' })
  calls: number;
  @ApiProperty({ description: 'Appointments kept as calendar slots, notes and customer link cleared' })
  appointments: number;
  @ApiProperty() callbackRequests: number;
  @ApiProperty({ description: 'Stored webhooks whose payload became {"purged": true}' }) webhookEvents: number;
}

class PurgeCountsDto {
  @ApiProperty() calls: number;
  @ApiProperty() webhookEvents: number;
  @ApiProperty() callbackRequests: number;
}

/**
 * One caller's personal data (GDPR Art. 15 export, Art. 17 erase): super admins and the company's admins only —
 * ops run the pipeline but do not read patients' data. Both are audited (`customer.export`,
 * `customer.erase`, counts only). Erase keeps what billing must keep: the call rows with times, duration and
 * cost; see CustomerDataService and docs/data-protection.md for exactly what is cleared.
 */
@ApiTags('data-protection')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'company_admin')
@Controller('api/companies/:companyId/customers/:customerId/data')
export class CustomerDataController {
  constructor(private readonly customerData: CustomerDataService) {}

  @Get()
  @ApiOkResponse({ type: CustomerDataExportDto })
  export(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('customerId', uuidParam('customerId')) customerId: string,
  ): Promise<CustomerDataExportDto> {
    return this.customerData.export(principal, companyId, customerId);
  }

  @Delete()
  @ApiOkResponse({ type: CustomerEraseResultDto })
  erase(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('customerId', uuidParam('customerId')) customerId: string,
  ): Promise<CustomerEraseResultDto> {
    return this.customerData.erase(principal, companyId, customerId);
  }
}

/**
 * Runs the retention purge now (it also runs nightly by itself), audited as `retention.purge`; 409 while another
 * instance is purging.
 */
@ApiTags('ops')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops')
@Controller('api/ops/retention')
export class RetentionController {
  constructor(
    private readonly purge: RetentionPurgeService,
    private readonly audit: AuditService,
  ) {}

  @Post('purge')
  @HttpCode(200)
  @ApiOkResponse({ type: PurgeCountsDto })
  async run(@CurrentPrincipal() principal: Principal): Promise<PurgeCountsDto> {
    const counts = await this.purge.runNow();
    if (!counts) throw AppError.conflict('A retention purge is already running');
    await this.audit.record({
      actor: actorOf(principal),
      action: 'retention.purge',
      targetType: 'retention',
      after: { ...counts },
    });
    return counts;
  }
}
