import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import {
  IntegrationDto,
  ProviderParams,
  PutIntegrationDto,
  PutQueryDto,
  TestResultDto,
  WebhookSecretDto,
} from './integration.dto';
import { IntegrationsService } from './integrations.service';

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
    @Param() params: ProviderParams,
  ): Promise<IntegrationDto> {
    return this.integrations.get(companyId, params.provider);
  }

  @Put(':provider')
  @Roles('super_admin', 'company_admin')
  @ApiOkResponse({ type: IntegrationDto })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param() params: ProviderParams,
    @Query() query: PutQueryDto,
    @Body() body: PutIntegrationDto,
  ): Promise<IntegrationDto> {
    return this.integrations.put(principal, companyId, params.provider, body, query.validate !== 'false');
  }

  @Delete(':provider')
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param() params: ProviderParams,
  ): Promise<void> {
    await this.integrations.remove(principal, companyId, params.provider);
  }

  @Post(':provider/test')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: TestResultDto })
  test(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param() params: ProviderParams,
  ): Promise<TestResultDto> {
    return this.integrations.test(principal, companyId, params.provider);
  }

  /** Generates the Cal.com webhook secret (shown once) with the URL to enter in Cal.com. */
  @Post(':provider/webhook-secret')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookSecretDto })
  webhookSecret(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param() params: ProviderParams,
  ): Promise<WebhookSecretDto> {
    return this.integrations.rotateWebhookSecret(principal, companyId, params.provider);
  }
}
