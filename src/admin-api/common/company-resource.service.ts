import { DataSource, DeepPartial, EntityManager, EntityTarget, FindOptionsOrder, FindOptionsWhere } from 'typeorm';
import type { Principal } from 'src/auth/principal';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { actorOf } from './audit-actor';
import { assertBranchOf } from './branch-ref';
import { findOwned } from './db';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';

export interface CompanyRow {
  id: string;
  companyId: string;
  branchId: string | null;
}

export interface CompanyResource<E extends CompanyRow, D extends object> {
  entity: EntityTarget<E>;
  /** For "… not found". */
  name: string;
  /** The audit target type and action prefix (`service` → `service.create`). */
  targetType: string;
  order: FindOptionsOrder<E>;
  toDto: (row: E) => D;
}

type Input<E> = DeepPartial<E> & { branchId?: string | null };

/**
 * Plain CRUD of a company's rows that may point at one of its branches, hard-deleted, each change audited in
 * its transaction (services and staff).
 */
export abstract class CompanyResourceService<E extends CompanyRow, D extends object> {
  protected constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: DirectoryCacheInvalidator,
    private readonly resource: CompanyResource<E, D>,
  ) {}

  /** Runs a change in a transaction, then drops the company's cached tenant resolutions. */
  private async change<T>(companyId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    await this.directory.companyChanged(companyId);
    return result;
  }

  async list(companyId: string, query: PageQueryDto): Promise<Page<E>> {
    const [items, total] = await this.dataSource.getRepository(this.resource.entity).findAndCount({
      where: { companyId } as FindOptionsWhere<E>,
      order: this.resource.order,
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  get(companyId: string, id: string): Promise<E> {
    return findOwned(this.dataSource.getRepository(this.resource.entity), companyId, id, this.resource.name);
  }

  create(principal: Principal, companyId: string, input: Input<E>): Promise<E> {
    return this.change(companyId, async (em) => {
      await assertBranchOf(em, companyId, input.branchId);
      const repo = em.getRepository(this.resource.entity);
      const row = repo.create({ ...input, companyId } as DeepPartial<E>);
      await repo.save(row);
      await this.record(em, principal, 'create', row, null, this.resource.toDto(row));
      return row;
    });
  }

  update(principal: Principal, companyId: string, id: string, input: Input<E>): Promise<E> {
    return this.change(companyId, async (em) => {
      const repo = em.getRepository(this.resource.entity);
      const row = await findOwned(repo, companyId, id, this.resource.name);
      await assertBranchOf(em, companyId, input.branchId);
      const before = this.resource.toDto(row);
      Object.assign(row, input);
      await repo.save(row);
      await this.record(em, principal, 'update', row, before, this.resource.toDto(row));
      return row;
    });
  }

  async remove(principal: Principal, companyId: string, id: string): Promise<void> {
    await this.change(companyId, async (em) => {
      const repo = em.getRepository(this.resource.entity);
      const row = await findOwned(repo, companyId, id, this.resource.name);
      await repo.delete({ id, companyId } as FindOptionsWhere<E>);
      await this.record(em, principal, 'delete', row, this.resource.toDto(row), null);
    });
  }

  private record(em: EntityManager, principal: Principal, verb: string, row: E, before: D | null, after: D | null) {
    return this.audit.record(
      {
        actor: actorOf(principal),
        action: `${this.resource.targetType}.${verb}`,
        targetType: this.resource.targetType,
        targetId: row.id,
        companyId: row.companyId,
        before,
        after,
      },
      em,
    );
  }
}
