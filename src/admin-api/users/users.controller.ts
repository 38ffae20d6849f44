import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from 'src/platform/paging/pagination.dto';
import {
  CreateCompanyUserDto,
  CreateUserDto,
  UpdateUserDto,
  UserAccountDto,
  UserAccountPageDto,
  UserQueryDto,
} from './user.dto';
import { UsersService } from './users.service';

/** All users (super admins), and a company's own admins (its company admins). */
@ApiTags('users')
@ApiBearerAuth()
@ApiErrors()
@Controller('api')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @ApiOkResponse({ type: UserAccountPageDto })
  @Roles('super_admin')
  async list(@Query() query: UserQueryDto): Promise<UserAccountPageDto> {
    const result = await this.users.list(query);
    return { ...result, items: result.items.map(UserAccountDto.from) };
  }

  @Post('users')
  @ApiCreatedResponse({ type: UserAccountDto })
  @Roles('super_admin')
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserAccountDto> {
    return UserAccountDto.from(await this.users.create(principal, body));
  }

  @Patch('users/:userId')
  @ApiOkResponse({ type: UserAccountDto })
  @Roles('super_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserAccountDto> {
    return UserAccountDto.from(await this.users.update(principal, userId, body));
  }

  @Delete('users/:userId')
  @ApiNoContentResponse()
  @Roles('super_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('userId', uuidParam('userId')) userId: string,
  ): Promise<void> {
    await this.users.remove(principal, userId);
  }

  @Get('companies/:companyId/users')
  @ApiOkResponse({ type: UserAccountPageDto })
  @Roles('super_admin', 'company_admin')
  async listOfCompany(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<UserAccountPageDto> {
    const result = await this.users.listOfCompany(companyId, query);
    return { ...result, items: result.items.map(UserAccountDto.from) };
  }

  @Post('companies/:companyId/users')
  @ApiCreatedResponse({ type: UserAccountDto })
  @Roles('super_admin', 'company_admin')
  async createInCompany(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateCompanyUserDto,
  ): Promise<UserAccountDto> {
    return UserAccountDto.from(await this.users.createInCompany(principal, companyId, body));
  }

  @Delete('companies/:companyId/users/:userId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async removeFromCompany(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('userId', uuidParam('userId')) userId: string,
  ): Promise<void> {
    await this.users.removeFromCompany(principal, companyId, userId);
  }
}
