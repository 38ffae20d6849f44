import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { CustomerDto, CustomerPageDto, CustomerSearchQueryDto } from './customer.dto';
import { CustomersService } from './customers.service';

/**
 * A company's callers, found by name or number, to export or erase one's data: like that data, for super
 * admins and the company's admins only (ops do not read patients' data).
 */
@ApiTags('data-protection')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'company_admin')
@Controller('api/companies/:companyId/customers')
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Get()
  @ApiOkResponse({ type: CustomerPageDto })
  async search(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CustomerSearchQueryDto,
  ): Promise<CustomerPageDto> {
    const result = await this.customers.search(companyId, query);
    return { ...result, items: result.items.map((c) => CustomerDto.from(c)) };
  }
}
