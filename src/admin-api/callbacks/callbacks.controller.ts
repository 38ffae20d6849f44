import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { CallbackDto, CallbackListQueryDto, CallbackPageDto, UpdateCallbackDto } from './callback.dto';
import { CallbacksAdminService } from './callbacks.service';

/**
 * Callers to call back (recorded by the voice tools), worked off in the portal: the company's admins, ops and
 * super admins read them and mark them done.
 */
@ApiTags('callbacks')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops', 'company_admin')
@Controller('api/companies/:companyId/callbacks')
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksAdminService) {}

  @Get()
  @ApiOkResponse({ type: CallbackPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CallbackListQueryDto,
  ): Promise<CallbackPageDto> {
    const result = await this.callbacks.list(companyId, query);
    return { ...result, items: result.items.map((c) => CallbackDto.from(c)) };
  }

  @Patch(':callbackId')
  @ApiOkResponse({ type: CallbackDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('callbackId', uuidParam('callbackId')) callbackId: string,
    @Body() body: UpdateCallbackDto,
  ): Promise<CallbackDto> {
    return CallbackDto.from(await this.callbacks.update(principal, companyId, callbackId, body));
  }
}
