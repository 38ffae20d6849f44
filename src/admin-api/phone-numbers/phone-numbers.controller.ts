import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { uuidParam } from 'src/platform/errors/validation';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { PageQueryDto } from '../common/pagination.dto';
import { CreatePhoneNumberDto, PhoneNumberDto, PhoneNumberPageDto, UpdatePhoneNumberDto } from './phone-number.dto';
import { PhoneNumbersService } from './phone-numbers.service';

@ApiTags('phone-numbers')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/phone-numbers')
export class PhoneNumbersController {
  constructor(private readonly numbers: PhoneNumbersService) {}

  @Get()
  @ApiOkResponse({ type: PhoneNumberPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: PageQueryDto,
  ): Promise<PhoneNumberPageDto> {
    const result = await this.numbers.list(companyId, query);
    return { ...result, items: result.items.map(PhoneNumberDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: PhoneNumberDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreatePhoneNumberDto,
  ): Promise<PhoneNumberDto> {
    return PhoneNumberDto.from(await this.numbers.create(principal, companyId, body));
  }

  @Get(':phoneNumberId')
  @ApiOkResponse({ type: PhoneNumberDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('phoneNumberId', uuidParam('phoneNumberId')) phoneNumberId: string,
  ): Promise<PhoneNumberDto> {
    return PhoneNumberDto.from(await this.numbers.get(companyId, phoneNumberId));
  }

  @Patch(':phoneNumberId')
  @ApiOkResponse({ type: PhoneNumberDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('phoneNumberId', uuidParam('phoneNumberId')) phoneNumberId: string,
    @Body() body: UpdatePhoneNumberDto,
  ): Promise<PhoneNumberDto> {
    return PhoneNumberDto.from(await this.numbers.update(principal, companyId, phoneNumberId, body));
  }

  @Delete(':phoneNumberId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('phoneNumberId', uuidParam('phoneNumberId')) phoneNumberId: string,
  ): Promise<void> {
    await this.numbers.remove(principal, companyId, phoneNumberId);
  }
}
