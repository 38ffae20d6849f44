import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { Appointment } from 'src/booking/appointment.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { AppError } from 'src/platform/errors/app-error';
import { toE164 } from 'src/platform/phone/phone';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { joinBranchAndCustomer } from '../common/refs';
import { AppointmentListQueryDto } from './appointment.dto';

/** The read side of a company's appointments (written by the booking tools and Cal.com's webhooks). */
@Injectable()
export class AppointmentsService {
  constructor(
    @InjectRepository(Appointment) private readonly appointments: Repository<Appointment>,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
  ) {}

  /** By start time, earliest first unless `order=desc`; served by ix_appointments_company_starts. */
  async list(companyId: string, query: AppointmentListQueryDto): Promise<Page<Appointment>> {
    const phone = query.phone === undefined ? undefined : await this.toE164(companyId, query.phone);
    const direction = query.order === 'desc' ? 'DESC' : 'ASC';
    const items = this.withRefs(this.filtered(companyId, query, phone))
      .orderBy('a.startsAt', direction)
      .addOrderBy('a.id', direction)
      .offset(query.skip)
      .limit(query.pageSize)
      .getMany();
    // COUNT(*): no joins in the filtered query, so nothing to fold.
    const total = this.filtered(companyId, query, phone)
      .select('COUNT(*)::int', 'total')
      .getRawOne<{ total: number }>();
    const [rows, count] = await Promise.all([items, total]);
    return page(rows, count?.total ?? 0, query);
  }

  /** Another company's appointment is 404. */
  async get(companyId: string, id: string): Promise<Appointment> {
    const row = await this.withRefs(this.appointments.createQueryBuilder('a'))
      .where('a.id = :id AND a.companyId = :companyId', { id, companyId })
      .getOne();
    if (!row) throw AppError.notFound('Appointment');
    return row;
  }

  /** The caller's number as stored on customers (E.164), read with the company's country. */
  private async toE164(companyId: string, input: string): Promise<string> {
    const { country } = await this.companies.findOneOrFail({
      where: { id: companyId },
      select: { id: true, country: true },
    });
    const e164 = toE164(input, country);
    if (!e164) throw AppError.invalid('phone', 'isPhoneNumber', `phone is not a valid phone number for ${country}`);
    return e164;
  }

  private filtered(companyId: string, query: AppointmentListQueryDto, phone?: string): SelectQueryBuilder<Appointment> {
    const qb = this.appointments.createQueryBuilder('a').where('a.companyId = :companyId', { companyId });
    if (query.from) qb.andWhere('a.startsAt >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.startsAt < :to', { to: new Date(query.to) });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.branchId) qb.andWhere('a.branchId = :branchId', { branchId: query.branchId });
    if (query.customerId) qb.andWhere('a.customerId = :customerId', { customerId: query.customerId });
    if (phone) {
      qb.andWhere('a.customerId IN (SELECT id FROM customers WHERE company_id = :companyId AND phone = :phone)', {
        phone,
      });
    }
    return qb;
  }

  /** The branch, service, staff member, customer and call an appointment names (just what the refs show). */
  private withRefs(qb: SelectQueryBuilder<Appointment>): SelectQueryBuilder<Appointment> {
    return joinBranchAndCustomer(qb, 'a')
      .leftJoin('a.service', 's')
      .addSelect(['s.id', 's.name'])
      .leftJoin('a.staff', 'st')
      .addSelect(['st.id', 'st.name'])
      .leftJoin('a.call', 'c')
      .addSelect(['c.id', 'c.retellCallId']);
  }
}
