import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditLog } from 'src/platform/audit/audit-log.entity';
import { page, Page } from 'src/platform/paging/pagination.dto';
import { CompanyAuditLogQueryDto } from './audit-log.dto';

@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  /** Newest first; served by the (company_id, created_at) and (created_at) indexes. */
  async list(companyId: string | undefined, query: CompanyAuditLogQueryDto): Promise<Page<AuditLog>> {
    const qb = this.log.createQueryBuilder('a').orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC');
    if (companyId) qb.andWhere('a.companyId = :companyId', { companyId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.targetType) qb.andWhere('a.targetType = :targetType', { targetType: query.targetType });
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.createdAt >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.createdAt < :to', { to: new Date(query.to) });
    const [items, total] = await qb.skip(query.skip).take(query.pageSize).getManyAndCount();
    return page(items, total, query);
  }
}
