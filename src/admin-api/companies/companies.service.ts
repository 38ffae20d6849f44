import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ApiKey } from 'src/auth/entities/api-key.entity';
import { isPlatformRole, Principal } from 'src/auth/principal';
import { Company, DEFAULT_COMPANY_SETTINGS } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { actorOf } from '../common/audit-actor';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { CompanyDto, CreateCompanyDto, UpdateCompanyDto } from './company.dto';

@Injectable()
export class CompaniesService {
  constructor(
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: DirectoryCacheInvalidator,
  ) {}

  /** Platform roles see every live company; a company admin only its own. */
  async list(principal: Principal, query: PageQueryDto): Promise<Page<Company>> {
    const qb = this.companies.createQueryBuilder('c').orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC');
    if (!isPlatformRole(principal)) qb.where('c.id = :id', { id: principal.companyId });
    const [items, total] = await qb.skip(query.skip).take(query.pageSize).getManyAndCount();
    return page(items, total, query);
  }

  /** The access guard has already refused other companies to company-bound principals. */
  async get(companyId: string): Promise<Company> {
    const company = await this.companies.findOne({ where: { id: companyId } });
    if (!company) throw AppError.notFound('Company');
    return company;
  }

  async create(principal: Principal, input: CreateCompanyDto): Promise<Company> {
    return this.dataSource.transaction(async (em) => {
      const company = em.getRepository(Company).create({ name: input.name });
      applyCompanyInput(company, input);
      await em.getRepository(Company).save(company);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'company.create',
          targetType: 'company',
          targetId: company.id,
          companyId: company.id,
          after: CompanyDto.from(company),
        },
        em,
      );
      return company;
    });
  }

  /** Company admins edit their own company, except its billing rate (super_admin only). */
  async update(principal: Principal, companyId: string, input: UpdateCompanyDto): Promise<Company> {
    const company = await this.updateInTransaction(principal, companyId, input);
    // Resolutions carry the company's settings, time zone and locale.
    await this.directory.companyChanged(companyId);
    return company;
  }

  private updateInTransaction(principal: Principal, companyId: string, input: UpdateCompanyDto): Promise<Company> {
    if (input.billing && principal.role !== 'super_admin') {
      throw new AppError('FORBIDDEN', 'Only a super admin may change billing', [
        { field: 'billing', rule: 'role', message: 'billing may only be set by a super admin' },
      ]);
    }
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(Company);
      const company = await repo.findOne({ where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
      if (!company) throw AppError.notFound('Company');
      const before = CompanyDto.from(company);
      applyCompanyInput(company, input);
      await repo.save(company);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'company.update',
          targetType: 'company',
          targetId: companyId,
          companyId,
          before,
          after: CompanyDto.from(company),
        },
        em,
      );
      return company;
    });
  }

  /**
   * Soft delete: the company's numbers and API keys stop working at once (numbers become free to register
   * again), its data stays until purged.
   */
  async remove(principal: Principal, companyId: string): Promise<void> {
    await this.removeInTransaction(principal, companyId);
    await this.directory.companyChanged(companyId);
  }

  private async removeInTransaction(principal: Principal, companyId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const company = await em.getRepository(Company).findOne({ where: { id: companyId } });
      if (!company) throw AppError.notFound('Company');
      const now = new Date();
      await em
        .getRepository(PhoneNumber)
        .update({ companyId, deletedAt: IsNull() }, { deletedAt: now, isActive: false });
      await em.getRepository(ApiKey).update({ companyId, revokedAt: IsNull() }, { revokedAt: now });
      await em.getRepository(Company).softDelete(companyId);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'company.delete',
          targetType: 'company',
          targetId: companyId,
          companyId,
          before: CompanyDto.from(company),
        },
        em,
      );
    });
  }
}

function applyCompanyInput(company: Company, input: UpdateCompanyDto): void {
  if (input.name !== undefined) company.name = input.name;
  if (input.timezone !== undefined) company.timezone = input.timezone;
  if (input.locale !== undefined) company.locale = input.locale;
  if (input.country !== undefined) company.country = input.country.toUpperCase();
  if (input.settings) company.settings = { ...DEFAULT_COMPANY_SETTINGS, ...company.settings, ...input.settings };
  if (input.billing?.ratePerMinuteCents !== undefined) company.ratePerMinuteCents = input.billing.ratePerMinuteCents;
  if (input.billing?.billingIncrementSeconds !== undefined) {
    company.billingIncrementSeconds = input.billing.billingIncrementSeconds;
  }
}
