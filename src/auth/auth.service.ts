import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { securityConfig, type SecurityConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { ApiKeyService } from './api-key.service';
import { User } from './entities/user.entity';
import { PasswordService } from './password.service';
import { Principal } from './principal';
import { IssuedTokens, TokenService } from './token.service';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(securityConfig.KEY) private readonly config: SecurityConfig,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** A wrong password and an unknown e-mail give the same error, in about the same time. */
  async login(email: string, password: string): Promise<{ user: User; tokens: IssuedTokens }> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoin('u.company', 'c', 'c.deletedAt IS NULL')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .andWhere('u.isActive = true')
      .andWhere('(u.companyId IS NULL OR c.id IS NOT NULL)')
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !ok) throw AppError.unauthenticated('Invalid e-mail or password');
    await this.users.update(user.id, { lastLoginAt: new Date() });
    return { user, tokens: await this.tokens.issue(user) };
  }

  refresh(refreshToken: string) {
    return this.tokens.rotate(refreshToken, (id) => this.findActiveUser(id));
  }

  logout(refreshToken: string | undefined): Promise<void> {
    return refreshToken ? this.tokens.revoke(refreshToken) : Promise.resolve();
  }

  /** Changing the password voids every access and refresh token issued before. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOne({ where: { id: userId }, select: { id: true, passwordHash: true } });
    if (!user || !(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw AppError.invalid('currentPassword', 'matches', 'currentPassword is wrong');
    }
    await this.users.update(userId, {
      passwordHash: await this.passwords.hash(newPassword),
      tokenVersion: () => '"token_version" + 1',
    });
    await this.tokens.revokeAllFor(userId);
  }

  /** Resolves a bearer token (JWT or `swb_` API key) to a principal, or throws UNAUTHENTICATED. */
  async authenticate(bearer: string): Promise<Principal> {
    if (bearer.startsWith('swb_')) {
      const key = await this.apiKeys.authenticate(bearer);
      if (!key) throw AppError.unauthenticated('Invalid API key');
      return {
        kind: 'api_key',
        id: key.id,
        role: 'company_admin',
        companyId: key.companyId,
        scopes: key.scopes,
        label: key.name,
      };
    }
    const payload = await this.tokens.verifyAccessToken(bearer);
    const user = await this.findActiveUser(payload.sub);
    if (!user || user.tokenVersion !== payload.ver) throw AppError.unauthenticated('Token revoked');
    return { kind: 'user', id: user.id, role: user.role, companyId: user.companyId, scopes: [], label: user.email };
  }

  findActiveUser(id: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .leftJoin('u.company', 'c', 'c.deletedAt IS NULL')
      .where('u.id = :id AND u.isActive = true', { id })
      .andWhere('(u.companyId IS NULL OR c.id IS NOT NULL)')
      .getOne();
  }

  /** First start: with no user at all, create the super admin from ADMIN_EMAIL/ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const email = this.config.adminEmail ?? (this.config.embedded ? 'admin@localhost' : undefined);
    let password = this.config.adminPassword;
    if (!email || (!password && !this.config.embedded)) {
      this.logger.warn(
        'No user exists. Set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create the first super admin.',
      );
      return;
    }
    if (!password) {
      password = randomBytes(12).toString('base64url');
      // Printed once, on the first start of an embedded instance, so someone can sign in at all.
      this.logger.warn(
        `Created super admin ${email} with password ${password} (shown once; change it after signing in)`,
      );
    }
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, passwordHash: await this.passwords.hash(password), role: 'super_admin' })
      .orIgnore()
      .execute();
  }
}
