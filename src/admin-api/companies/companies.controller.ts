import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { PageQueryDto } from '../common/pagination.dto';
import { CompaniesService } from './companies.service';
import { CompanyDto, CompanyPageDto } from './company.dto';

@ApiTags('companies')
@ApiBearerAuth()
@Controller('api/companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto): Promise<CompanyPageDto> {
    const result = await this.companies.list(principal, query);
    return { ...result, items: result.items.map(CompanyDto.from) };
  }

  @Get(':companyId')
  async get(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<CompanyDto> {
    return CompanyDto.from(await this.companies.get(companyId));
  }
}
