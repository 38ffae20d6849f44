import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { enumParam, uuidParam } from 'src/platform/errors/validation';
import { INTEGRATION_PROVIDERS, type IntegrationProvider } from 'src/platform/credentials/integration.entity';
import {
  ImportCallsDto,
  ImportResultDto,
  IntegrationDto,
  PutIntegrationDto,
  PutQueryDto,
  SyncResultDto,
  TestResultDto,
  WebhookSecretDto,
} from './integration.dto';
import { IntegrationsService } from './integrations.service';

const providerParam = enumParam('provider', INTEGRATION_PROVIDERS);

@ApiTags('integrations')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404)
@Controller('api/companies/:companyId/integrations')
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Get()
  @ApiOkResponse({ type: [IntegrationDto] })
  list(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<IntegrationDto[]> {
    return this.integrations.list(companyId);
  }

  @Get(':provider')
  @ApiOkResponse({ type: IntegrationDto })
  get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('provider', providerParam) provider: IntegrationProvider,
  ): Promise<IntegrationDto> {
    return this.integrations.get(companyId, provider);
  }

  @Put(':provider')
  @Roles('super_admin', 'company_admin')
  @ApiOkResponse({ type: IntegrationDto })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('provider', providerParam) provider: IntegrationProvider,
    @Query() query: PutQueryDto,
    @Body() body: PutIntegrationDto,
  ): Promise<IntegrationDto> {
    return this.integrations.put(principal, companyId, provider, body, query.validate !== 'false');
  }

  @Delete(':provider')
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('provider', providerParam) provider: IntegrationProvider,
  ): Promise<void> {
    await this.integrations.remove(principal, companyId, provider);
  }

  @Post(':provider/test')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: TestResultDto })
  test(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('provider', providerParam) provider: IntegrationProvider,
  ): Promise<TestResultDto> {
    return this.integrations.test(principal, companyId, provider);
  }

  /** Creates or updates a service for every Cal.com event type. */
  @Post('calcom/sync')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncResultDto })
  syncCalcom(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
  ): Promise<SyncResultDto> {
    return this.integrations.sync(principal, companyId, 'calcom.sync_event_types');
  }

  /** Puts the Retell workspace's numbers on the branches whose agents answer them. */
  @Post('retell/sync-phone-numbers')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncResultDto })
  syncRetell(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
  ): Promise<SyncResultDto> {
    return this.integrations.sync(principal, companyId, 'retell.sync_phone_numbers');
  }

  /** Records the Retell calls of the last days that are missing (e.g. webhooks not yet configured). */
  @Post('retell/import-calls')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ImportResultDto })
  importCalls(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: ImportCallsDto,
  ): Promise<ImportResultDto> {
    return this.integrations.importCalls(principal, companyId, body.days);
  }

  /** Generates the Cal.com webhook secret (shown once) with the URL to enter in Cal.com. */
  @Post(':provider/webhook-secret')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookSecretDto })
  webhookSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('provider', providerParam) provider: IntegrationProvider,
  ): Promise<WebhookSecretDto> {
    return this.integrations.rotateWebhookSecret(principal, companyId, provider);
  }
}
