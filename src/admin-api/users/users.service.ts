import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, Repository } from 'typeorm';
import { RefreshToken } from 'src/auth/entities/refresh-token.entity';
import { type Role, User } from 'src/auth/entities/user.entity';
import { PasswordService } from 'src/auth/password.service';
import type { Principal } from 'src/auth/principal';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { actorOf } from '../common/audit-actor';
import { isUniqueViolation } from '../common/db';
import { page, Page, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { assertUserPrincipal } from '../common/user-principal';
import { CreateCompanyUserDto, CreateUserDto, UpdateUserDto, UserAccountDto, UserQueryDto } from './user.dto';

const EMAIL_TAKEN = AppError.conflict('A user with this e-mail already exists', [
  { field: 'email', rule: 'unique', message: 'email is already registered' },
]);

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  list(query: UserQueryDto): Promise<Page<User>> {
    const where: FindOptionsWhere<User> = {};
    if (query.role) where.role = query.role;
    if (query.companyId) where.companyId = query.companyId;
    return this.find(where, query);
  }

  /** A company's admins, the colleagues a company admin manages. */
  listOfCompany(companyId: string, query: PageQueryDto): Promise<Page<User>> {
    return this.find({ role: 'company_admin', companyId }, query);
  }

  async create(principal: Principal, input: CreateUserDto): Promise<User> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const companyId = input.companyId ?? null;
        await assertRoleCompany(em, input.role, companyId);
        const user = em.getRepository(User).create({
          email: input.email.toLowerCase(),
          passwordHash,
          role: input.role,
          companyId,
        });
        await em.getRepository(User).save(user);
        await this.record(em, principal, 'user.create', user, null, UserAccountDto.from(user));
        return user;
      });
    } catch (err) {
      // The unique index decides, also between concurrent requests.
      if (isUniqueViolation(err, 'uq_users_email')) throw EMAIL_TAKEN;
      throw err;
    }
  }

  createInCompany(principal: Principal, companyId: string, input: CreateCompanyUserDto): Promise<User> {
    assertUserPrincipal(principal);
    return this.create(principal, { ...input, role: 'company_admin', companyId });
  }

  /** A new password or deactivation signs the user out everywhere: older access and refresh tokens stop working. */
  async update(principal: Principal, userId: string, input: UpdateUserDto): Promise<User> {
    if (userId === principal.id && (input.isActive === false || (input.role ?? principal.role) !== principal.role)) {
      throw AppError.conflict('You cannot deactivate yourself or change your own role');
    }
    const passwordHash = input.password === undefined ? undefined : await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (em) => {
      const user = await em.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw AppError.notFound('User');
      const before = UserAccountDto.from(user);
      const role = input.role ?? user.role;
      // Leaving company_admin drops the company unless one is (wrongly) given.
      const companyId =
        input.companyId !== undefined ? input.companyId : role === 'company_admin' ? user.companyId : null;
      await assertRoleCompany(em, role, companyId);
      Object.assign(user, { role, companyId, isActive: input.isActive ?? user.isActive });
      if (passwordHash) user.passwordHash = passwordHash;
      if (passwordHash || input.isActive === false) {
        user.tokenVersion += 1;
        await em.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
      }
      await em.getRepository(User).save(user);
      // The audit log masks the value; the key's presence says that a new password was set.
      const after = { ...UserAccountDto.from(user), ...(passwordHash ? { password: 'changed' } : {}) };
      await this.record(em, principal, 'user.update', user, before, after);
      return user;
    });
  }

  remove(principal: Principal, userId: string): Promise<void> {
    return this.delete(principal, { id: userId });
  }

  /** Only company admins of that company: anyone else is "not found" under its URL. */
  removeFromCompany(principal: Principal, companyId: string, userId: string): Promise<void> {
    assertUserPrincipal(principal);
    return this.delete(principal, { id: userId, companyId, role: 'company_admin' });
  }

  private async find(where: FindOptionsWhere<User>, query: PageQueryDto): Promise<Page<User>> {
    const [items, total] = await this.users.findAndCount({
      where,
      order: { email: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  private async delete(principal: Principal, where: FindOptionsWhere<User> & { id: string }): Promise<void> {
    if (where.id === principal.id) throw AppError.conflict('You cannot delete yourself');
    await this.dataSource.transaction(async (em) => {
      const user = await em.getRepository(User).findOne({ where });
      if (!user) throw AppError.notFound('User');
      await em.getRepository(User).delete(user.id);
      await this.record(em, principal, 'user.delete', user, UserAccountDto.from(user), null);
    });
  }

  private record(
    em: EntityManager,
    principal: Principal,
    action: string,
    user: User,
    before: object | null,
    after: object | null,
  ) {
    return this.audit.record(
      {
        actor: actorOf(principal),
        action,
        targetType: 'user',
        targetId: user.id,
        companyId: user.companyId,
        before,
        after,
      },
      em,
    );
  }
}

/** company_admin needs a live company; platform roles have none. */
async function assertRoleCompany(em: EntityManager, role: Role, companyId: string | null): Promise<void> {
  if (role !== 'company_admin') {
    if (companyId) {
      throw AppError.invalid(
        'companyId',
        'emptyUnlessCompanyAdmin',
        'companyId must be empty unless role is company_admin',
      );
    }
    return;
  }
  if (!companyId)
    throw AppError.invalid('companyId', 'requiredForCompanyAdmin', 'companyId is required for company_admin');
  if (!(await em.getRepository(Company).exists({ where: { id: companyId } }))) {
    throw AppError.invalid('companyId', 'liveCompany', 'companyId must be an existing company');
  }
}
