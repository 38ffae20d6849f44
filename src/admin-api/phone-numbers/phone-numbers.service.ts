import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Principal } from 'src/auth/principal';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { toE164 } from 'src/platform/phone/phone';
import { assertAgentOwnedBy } from '../common/agent-ownership';
import { actorOf } from '../common/audit-actor';
import { assertBranchOf } from '../common/branch-ref';
import { findOwned, isUniqueViolation } from '../common/db';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { CreatePhoneNumberDto, PhoneNumberDto, UpdatePhoneNumberDto } from './phone-number.dto';

const NUMBER_TAKEN = AppError.conflict('This number is already registered', [
  { field: 'number', rule: 'unique', message: 'number is already registered' },
]);

@Injectable()
export class PhoneNumbersService {
  constructor(
    @InjectRepository(PhoneNumber) private readonly numbers: Repository<PhoneNumber>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly directory: DirectoryCacheInvalidator,
  ) {}

  async list(companyId: string, query: PageQueryDto): Promise<Page<PhoneNumber>> {
    const [items, total] = await this.numbers.findAndCount({
      where: { companyId },
      order: { number: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  get(companyId: string, id: string): Promise<PhoneNumber> {
    return findOwned(this.numbers, companyId, id, 'Phone number');
  }

  create(principal: Principal, companyId: string, input: CreatePhoneNumberDto): Promise<PhoneNumber> {
    return this.write(companyId, async (em) => {
      const number = await normalise(em, companyId, input.number);
      await this.checkReferences(em, companyId, input);
      const row = em.getRepository(PhoneNumber).create({ ...input, number, companyId });
      await em.getRepository(PhoneNumber).save(row);
      await this.record(em, principal, 'phone_number.create', row, null);
      return row;
    });
  }

  async update(principal: Principal, companyId: string, id: string, input: UpdatePhoneNumberDto): Promise<PhoneNumber> {
    let previousNumber = '';
    return this.write(
      companyId,
      async (em) => {
        const row = await findOwned(em.getRepository(PhoneNumber), companyId, id, 'Phone number');
        const before = PhoneNumberDto.from(row);
        previousNumber = row.number;
        await this.checkReferences(em, companyId, input);
        Object.assign(row, input);
        if (input.number !== undefined) row.number = await normalise(em, companyId, input.number);
        await em.getRepository(PhoneNumber).save(row);
        await this.record(em, principal, 'phone_number.update', row, before);
        return row;
      },
      () => [previousNumber],
    );
  }

  async remove(principal: Principal, companyId: string, id: string): Promise<void> {
    await this.write(companyId, async (em) => {
      const row = await findOwned(em.getRepository(PhoneNumber), companyId, id, 'Phone number');
      await em.getRepository(PhoneNumber).softDelete(id);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'phone_number.delete',
          targetType: 'phone_number',
          targetId: id,
          companyId,
          before: PhoneNumberDto.from(row),
        },
        em,
      );
    });
  }

  private async checkReferences(em: EntityManager, companyId: string, input: UpdatePhoneNumberDto) {
    await assertBranchOf(em, companyId, input.branchId);
    await assertAgentOwnedBy(em, companyId, input.retellAgentId);
  }

  /** A number live in any company is taken: the unique index decides, even between concurrent requests. */
  private async write<T>(
    companyId: string,
    work: (em: EntityManager) => Promise<T>,
    formerNumbers: () => string[] = () => [],
  ): Promise<T> {
    let result: T;
    try {
      result = await this.dataSource.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err, 'uq_phone_numbers_number_live')) throw NUMBER_TAKEN;
      throw err;
    }
    // After the commit: cached resolutions of this company's numbers (and of a number just renamed) go.
    await this.directory.companyChanged(companyId, formerNumbers());
    return result;
  }

  private record(
    em: EntityManager,
    principal: Principal,
    action: string,
    row: PhoneNumber,
    before: PhoneNumberDto | null,
  ) {
    return this.audit.record(
      {
        actor: actorOf(principal),
        action,
        targetType: 'phone_number',
        targetId: row.id,
        companyId: row.companyId,
        before,
        after: PhoneNumberDto.from(row),
      },
      em,
    );
  }
}

async function normalise(em: EntityManager, companyId: string, input: string): Promise<string> {
  const company = await em.getRepository(Company).findOneOrFail({ where: { id: companyId } });
  const e164 = toE164(input, company.country);
  if (!e164)
    throw AppError.invalid('number', 'isPhoneNumber', `number is not a valid phone number for ${company.country}`);
  return e164;
}
