import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Company, DEFAULT_COMPANY_SETTINGS } from 'src/mcp-servers/directory/entities/company.entity';
import { AppError } from 'src/platform/errors/app-error';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { BalanceDto, BalanceTransactionQueryDto } from './billing.dto';

/** The read side of the prepaid ledger (the ledger itself is written by src/billing). */
@Injectable()
export class BillingService {
  constructor(
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectRepository(BalanceTransaction) private readonly transactions: Repository<BalanceTransaction>,
  ) {}

  async balance(companyId: string): Promise<BalanceDto> {
    const company = await this.companies.findOne({ where: { id: companyId } });
    if (!company) throw AppError.notFound('Company');
    return {
      balanceCents: company.balanceCents,
      lowBalanceThresholdCents:
        company.settings.lowBalanceThresholdCents ?? DEFAULT_COMPANY_SETTINGS.lowBalanceThresholdCents,
      ratePerMinuteCents: company.ratePerMinuteCents,
      billingIncrementSeconds: company.billingIncrementSeconds,
      currency: 'eur',
    };
  }

  /** Newest first; served by ix_balance_transactions_company_created. */
  async transactionsOf(companyId: string, query: BalanceTransactionQueryDto): Promise<Page<BalanceTransaction>> {
    const [items, total] = await this.transactions.findAndCount({
      where: { companyId, ...(query.type ? { type: query.type } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }
}
