import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import type { Principal } from 'src/auth/principal';
import { CallbackRequest } from 'src/booking/callback-request.entity';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { actorOf } from '../common/audit-actor';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { CallbackDto, CallbackListQueryDto, CallbackRow, UpdateCallbackDto } from './callback.dto';

/** A company's callback requests: listed for the portal, worked off there (`done`). */
@Injectable()
export class CallbacksAdminService {
  constructor(
    @InjectRepository(CallbackRequest) private readonly callbacks: Repository<CallbackRequest>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Newest first; served by ix_callback_requests_company_created. */
  async list(companyId: string, query: CallbackListQueryDto): Promise<Page<CallbackRow>> {
    const items = withRefs(this.filtered(companyId, query))
      .orderBy('cb.createdAt', 'DESC')
      .addOrderBy('cb.id', 'DESC')
      .offset(query.skip)
      .limit(query.pageSize)
      .getMany();
    const total = this.filtered(companyId, query).select('COUNT(*)::int', 'total').getRawOne<{ total: number }>();
    const [rows, count] = await Promise.all([items, total]);
    return page(rows, count?.total ?? 0, query);
  }

  /** Marks a request done (or open again), audited with before and after; an unchanged `done` is a no-op. */
  update(principal: Principal, companyId: string, id: string, input: UpdateCallbackDto): Promise<CallbackRow> {
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(CallbackRequest);
      const row = await withRefs(repo.createQueryBuilder('cb'))
        .where('cb.id = :id AND cb.companyId = :companyId', { id, companyId })
        // Two people working off the same request: the second waits for the first and sees its result.
        .setLock('pessimistic_write', undefined, ['cb'])
        .getOne();
      if (!row) throw AppError.notFound('Callback request');
      if (row.done === input.done) return row;
      const before = CallbackDto.from(row);
      await repo.update({ id, companyId }, { done: input.done });
      const { updatedAt } = await repo.findOneOrFail({ where: { id }, select: { id: true, updatedAt: true } });
      Object.assign(row, { done: input.done, updatedAt });
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'callback_request.update',
          targetType: 'callback_request',
          targetId: id,
          companyId,
          before,
          after: CallbackDto.from(row),
        },
        em,
      );
      return row;
    });
  }

  private filtered(companyId: string, query: CallbackListQueryDto): SelectQueryBuilder<CallbackRequest> {
    const qb = this.callbacks.createQueryBuilder('cb').where('cb.companyId = :companyId', { companyId });
    if (query.done) qb.andWhere('cb.done = :done', { done: query.done === 'true' });
    if (query.from) qb.andWhere('cb.createdAt >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('cb.createdAt < :to', { to: new Date(query.to) });
    return qb;
  }
}

/**
 * The branch and customer a request names. The entity has no relations, so they are mapped in by id, within
 * the company; a deleted branch still names where the caller called.
 */
function withRefs(qb: SelectQueryBuilder<CallbackRequest>): SelectQueryBuilder<CallbackRow> {
  return qb
    .withDeleted()
    .leftJoinAndMapOne('cb.branch', Branch, 'b', 'b.id = cb.branchId AND b.companyId = cb.companyId')
    .leftJoinAndMapOne('cb.customer', Customer, 'cu', 'cu.id = cb.customerId AND cu.companyId = cb.companyId');
}
