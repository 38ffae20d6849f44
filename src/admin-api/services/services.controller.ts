import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from '../common/pagination.dto';
import { CreateServiceDto, ServiceDto, ServicePageDto, UpdateServiceDto } from './service.dto';
import { ServicesService } from './services.service';

@ApiTags('services')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/services')
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Get()
  @ApiOkResponse({ type: ServicePageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<ServicePageDto> {
    const result = await this.services.list(companyId, query);
    return { ...result, items: result.items.map(ServiceDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: ServiceDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateServiceDto,
  ): Promise<ServiceDto> {
    return ServiceDto.from(await this.services.create(principal, companyId, body));
  }

  @Get(':serviceId')
  @ApiOkResponse({ type: ServiceDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
  ): Promise<ServiceDto> {
    return ServiceDto.from(await this.services.get(companyId, serviceId));
  }

  @Patch(':serviceId')
  @ApiOkResponse({ type: ServiceDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
    @Body() body: UpdateServiceDto,
  ): Promise<ServiceDto> {
    return ServiceDto.from(await this.services.update(principal, companyId, serviceId, body));
  }

  @Delete(':serviceId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
  ): Promise<void> {
    await this.services.remove(principal, companyId, serviceId);
  }
}
