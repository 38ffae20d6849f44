import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from 'src/platform/paging/pagination.dto';
import { CompaniesService } from './companies.service';
import { CompanyDto, CompanyPageDto, CreateCompanyDto, UpdateCompanyDto } from './company.dto';

@ApiTags('companies')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @ApiOkResponse({ type: CompanyPageDto })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<CompanyPageDto> {
    const result = await this.companies.list(principal, query);
    return { ...result, items: result.items.map(CompanyDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: CompanyDto })
  @Roles('super_admin')
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCompanyDto): Promise<CompanyDto> {
    return CompanyDto.from(await this.companies.create(principal, body));
  }

  @Get(':companyId')
  @ApiOkResponse({ type: CompanyDto })
  async get(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<CompanyDto> {
    return CompanyDto.from(await this.companies.get(companyId));
  }

  @Patch(':companyId')
  @ApiOkResponse({ type: CompanyDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: UpdateCompanyDto,
  ): Promise<CompanyDto> {
    return CompanyDto.from(await this.companies.update(principal, companyId, body));
  }

  @Delete(':companyId')
  @ApiNoContentResponse()
  @Roles('super_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
  ): Promise<void> {
    await this.companies.remove(principal, companyId);
  }
}
