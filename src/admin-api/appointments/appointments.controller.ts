import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from 'src/auth/decorators';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { AppointmentDetailDto, AppointmentDto, AppointmentListQueryDto, AppointmentPageDto } from './appointment.dto';
import { AppointmentsService } from './appointments.service';

/** A company's appointments, read-only (booked by the voice tools, kept in step by Cal.com's webhooks). */
@ApiTags('appointments')
@ApiBearerAuth()
@ApiErrors()
@Roles('super_admin', 'ops', 'company_admin')
@Controller('api/companies/:companyId/appointments')
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Get()
  @ApiOkResponse({ type: AppointmentPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: AppointmentListQueryDto,
  ): Promise<AppointmentPageDto> {
    const result = await this.appointments.list(companyId, query);
    return { ...result, items: result.items.map((a) => AppointmentDto.from(a)) };
  }

  @Get(':appointmentId')
  @ApiOkResponse({ type: AppointmentDetailDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('appointmentId', uuidParam('appointmentId')) appointmentId: string,
  ): Promise<AppointmentDetailDto> {
    return AppointmentDetailDto.fromDetail(await this.appointments.get(companyId, appointmentId));
  }
}
