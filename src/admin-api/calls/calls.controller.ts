import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { CallDetailDto, CallListQueryDto, CallPageDto, CallSummaryDto } from './call.dto';
import { CallsService } from './calls.service';

/** A company's call history, read-only (calls are written by Retell's webhooks). */
@ApiTags('calls')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops', 'company_admin')
@Controller('api/companies/:companyId/calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @ApiOkResponse({ type: CallPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: CallListQueryDto,
  ): Promise<CallPageDto> {
    const result = await this.calls.list(companyId, query);
    return { ...result, items: result.items.map((r) => CallSummaryDto.from(r.call, r.hasAppointment)) };
  }

  @Get(':callId')
  @ApiOkResponse({ type: CallDetailDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('callId', uuidParam('callId')) callId: string,
  ): Promise<CallDetailDto> {
    const { call, toolCalls, appointments } = await this.calls.get(companyId, callId);
    return CallDetailDto.fromDetail(call, toolCalls, appointments);
  }
}
