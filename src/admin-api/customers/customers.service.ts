import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { CustomerSearchQueryDto } from './customer.dto';

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A company's callers, searched by name or number (the portal's data protection page). */
@Injectable()
export class CustomersService {
  constructor(@InjectRepository(Customer) private readonly customers: Repository<Customer>) {}

  /** Name A–Z (unnamed last), then number. */
  async search(companyId: string, query: CustomerSearchQueryDto): Promise<Page<Customer>> {
    const text = query.q.trim();
    const digits = text.replace(/\D/g, '');
    const qb = this.customers
      .createQueryBuilder('cu')
      .where('cu.companyId = :companyId', { companyId })
      .andWhere(
        new Brackets((w) => {
          w.where(`cu.name ILIKE :name ESCAPE '\\'`, { name: `%${escapeLike(text)}%` });
          if (digits.length >= 3) {
            w.orWhere(`cu.phone LIKE :digits`, { digits: `%${digits}%` });
            // A national number ("0151 …") is stored as +49151…: match it without the trunk prefix too.
            if (digits.startsWith('0') && digits.length >= 4) {
              w.orWhere(`cu.phone LIKE :national`, { national: `%${digits.replace(/^0+/, '')}%` });
            }
          }
        }),
      );
    const [rows, total] = await qb
      .orderBy('cu.name', 'ASC', 'NULLS LAST')
      .addOrderBy('cu.phone', 'ASC')
      .offset(query.skip)
      .limit(query.pageSize)
      .getManyAndCount();
    return page(rows, total, query);
  }
}
