import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isPlatformRole, Principal } from 'src/auth/principal';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { AppError } from 'src/platform/errors/app-error';
import { page, Page, PageQueryDto } from '../common/pagination.dto';

@Injectable()
export class CompaniesService {
  constructor(@InjectRepository(Company) private readonly companies: Repository<Company>) {}

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
}
