import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Principal } from 'src/auth/principal';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { Staff } from 'src/mcp-servers/directory/entities/staff.entity';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { assertAgentOwnedBy } from '../common/agent-ownership';
import { actorOf } from '../common/audit-actor';
import { findOwned } from '../common/db';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { BranchDto, CreateBranchDto, UpdateBranchDto } from './branch.dto';

@Injectable()
export class BranchesService {
  constructor(
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: DirectoryCacheInvalidator,
  ) {}

  async list(companyId: string, query: PageQueryDto): Promise<Page<Branch>> {
    const [items, total] = await this.branches.findAndCount({
      where: { companyId },
      order: { name: 'ASC', id: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  get(companyId: string, branchId: string): Promise<Branch> {
    return findOwned(this.branches, companyId, branchId, 'Branch');
  }

  create(principal: Principal, companyId: string, input: CreateBranchDto): Promise<Branch> {
    return this.change(companyId, async (em) => {
      await assertAgentOwnedBy(em, companyId, input.retellAgentId);
      const company = await em.getRepository(Company).findOneOrFail({ where: { id: companyId } });
      const branch = em.getRepository(Branch).create({
        businessHours: {},
        specialDays: [],
        ...input,
        companyId,
        timezone: input.timezone ?? company.timezone,
      });
      await em.getRepository(Branch).save(branch);
      await this.record(em, principal, 'branch.create', branch, null);
      return branch;
    });
  }

  update(principal: Principal, companyId: string, branchId: string, input: UpdateBranchDto): Promise<Branch> {
    return this.change(companyId, async (em) => {
      const branch = await findOwned(em.getRepository(Branch), companyId, branchId, 'Branch');
      await assertAgentOwnedBy(em, companyId, input.retellAgentId);
      const before = BranchDto.from(branch);
      Object.assign(branch, input);
      await em.getRepository(Branch).save(branch);
      await this.record(em, principal, 'branch.update', branch, before);
      return branch;
    });
  }

  /** A company keeps at least one branch (calls must land somewhere); what pointed at it is unassigned. */
  async remove(principal: Principal, companyId: string, branchId: string): Promise<void> {
    await this.change(companyId, async (em) => {
      // Locking the company serialises concurrent deletes, so two requests cannot remove the last two branches.
      await em.getRepository(Company).findOne({ where: { id: companyId }, lock: { mode: 'pessimistic_write' } });
      const branch = await findOwned(em.getRepository(Branch), companyId, branchId, 'Branch');
      if ((await em.getRepository(Branch).count({ where: { companyId } })) <= 1) {
        throw AppError.conflict('A company must keep at least one branch');
      }
      for (const entity of [PhoneNumber, Service, Staff]) {
        await em.getRepository(entity).update({ companyId, branchId }, { branchId: null });
      }
      await em.getRepository(Branch).softDelete(branchId);
      await this.record(em, principal, 'branch.delete', branch, BranchDto.from(branch), true);
    });
  }

  /** Runs a change in a transaction, then drops the company's cached tenant resolutions. */
  private async change<T>(companyId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    await this.directory.companyChanged(companyId);
    return result;
  }

  private record(
    em: EntityManager,
    principal: Principal,
    action: string,
    branch: Branch,
    before: BranchDto | null,
    deleted = false,
  ) {
    return this.audit.record(
      {
        actor: actorOf(principal),
        action,
        targetType: 'branch',
        targetId: branch.id,
        companyId: branch.companyId,
        before,
        after: deleted ? null : BranchDto.from(branch),
      },
      em,
    );
  }
}
