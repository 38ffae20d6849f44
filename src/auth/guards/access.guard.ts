import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppError } from 'src/platform/errors/app-error';
import { IS_PUBLIC, ROLES, SCOPES } from '../decorators';
import type { ApiKeyScope } from '../entities/api-key.entity';
import type { Role } from '../entities/user.entity';
import { AuthenticatedRequest } from '../principal';

/**
 * Global, after AuthGuard: the route's roles, the API key's scopes, and the tenant rule — a principal bound
 * to a company reaches `/:companyId/...` routes of that company only (403 for any other), and only while the
 * company exists (404).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = req.principal;
    if (!principal) throw AppError.unauthenticated();

    if (principal.kind === 'api_key') {
      const scopes = this.reflector.getAllAndOverride<ApiKeyScope[]>(SCOPES, targets) ?? ['admin'];
      if (!scopes.some((s) => principal.scopes.includes(s)))
        throw AppError.forbidden('This API key lacks the scope for this route');
    }

    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES, targets);
    if (roles && !roles.includes(principal.role)) throw AppError.forbidden();

    const companyId = req.params?.companyId;
    if (companyId === undefined) return true;
    if (!isUUID(companyId)) throw AppError.invalid('companyId', 'isUuid', 'companyId must be a UUID');
    if (principal.companyId !== null && principal.companyId !== companyId) {
      throw AppError.forbidden('You may not access this company');
    }
    // Every route under a company answers 404 for one that does not exist or was deleted.
    const [live] = await this.dataSource.query('SELECT 1 FROM companies WHERE id = $1 AND deleted_at IS NULL', [
      companyId,
    ]);
    if (!live) throw AppError.notFound('Company');
    return true;
  }
}
