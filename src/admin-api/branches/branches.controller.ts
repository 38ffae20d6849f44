import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from '../common/pagination.dto';
import { BranchDto, BranchPageDto, CreateBranchDto, UpdateBranchDto } from './branch.dto';
import { BranchesService } from './branches.service';

@ApiTags('branches')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/branches')
export class BranchesController {
  constructor(private readonly branches: BranchesService) {}

  @Get()
  @ApiOkResponse({ type: BranchPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<BranchPageDto> {
    const result = await this.branches.list(companyId, query);
    return { ...result, items: result.items.map(BranchDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: BranchDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateBranchDto,
  ): Promise<BranchDto> {
    return BranchDto.from(await this.branches.create(principal, companyId, body));
  }

  @Get(':branchId')
  @ApiOkResponse({ type: BranchDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('branchId', uuidParam('branchId')) branchId: string,
  ): Promise<BranchDto> {
    return BranchDto.from(await this.branches.get(companyId, branchId));
  }

  @Patch(':branchId')
  @ApiOkResponse({ type: BranchDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('branchId', uuidParam('branchId')) branchId: string,
    @Body() body: UpdateBranchDto,
  ): Promise<BranchDto> {
    return BranchDto.from(await this.branches.update(principal, companyId, branchId, body));
  }

  @Delete(':branchId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('branchId', uuidParam('branchId')) branchId: string,
  ): Promise<void> {
    await this.branches.remove(principal, companyId, branchId);
  }
}
