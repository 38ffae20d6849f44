import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { SetupDto } from './setup.dto';
import { SetupService } from './setup.service';

/** The setup checklist of one company (the AccessGuard keeps company admins to their own company). */
@ApiTags('setup')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'company_admin')
@Controller('api/companies/:companyId/setup')
export class SetupController {
  constructor(private readonly setup: SetupService) {}

  @Get()
  @ApiOkResponse({ type: SetupDto })
  check(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<SetupDto> {
    return this.setup.check(companyId);
  }
}
