import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from 'src/platform/paging/pagination.dto';
import { ApiKeyDto, ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto';
import { ApiKeysService } from './api-keys.service';

/** Creating and revoking keys needs a signed-in user: an API key gets 403 (see assertUserPrincipal). */
@ApiTags('api-keys')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ type: ApiKeyPageDto })
  @Roles('super_admin', 'company_admin')
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<ApiKeyPageDto> {
    const result = await this.keys.list(companyId, query);
    return { ...result, items: result.items.map(ApiKeyDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    const { key, secret } = await this.keys.create(principal, companyId, body);
    const { id, name, scopes, prefix, createdAt } = ApiKeyDto.from(key);
    return { id, name, scopes, prefix, secret, createdAt };
  }

  @Delete(':apiKeyId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('apiKeyId', uuidParam('apiKeyId')) apiKeyId: string,
  ): Promise<void> {
    await this.keys.revoke(principal, companyId, apiKeyId);
  }
}
