import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from '../common/pagination.dto';
import { CreateStaffDto, StaffDto, StaffPageDto, UpdateStaffDto } from './staff.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOkResponse({ type: StaffPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<StaffPageDto> {
    const result = await this.staff.list(companyId, query);
    return { ...result, items: result.items.map(StaffDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: StaffDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateStaffDto,
  ): Promise<StaffDto> {
    return StaffDto.from(await this.staff.create(principal, companyId, body));
  }

  @Get(':staffId')
  @ApiOkResponse({ type: StaffDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('staffId', uuidParam('staffId')) staffId: string,
  ): Promise<StaffDto> {
    return StaffDto.from(await this.staff.get(companyId, staffId));
  }

  @Patch(':staffId')
  @ApiOkResponse({ type: StaffDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('staffId', uuidParam('staffId')) staffId: string,
    @Body() body: UpdateStaffDto,
  ): Promise<StaffDto> {
    return StaffDto.from(await this.staff.update(principal, companyId, staffId, body));
  }

  @Delete(':staffId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('staffId', uuidParam('staffId')) staffId: string,
  ): Promise<void> {
    await this.staff.remove(principal, companyId, staffId);
  }
}
