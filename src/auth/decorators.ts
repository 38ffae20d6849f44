import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiKeyScope } from './entities/api-key.entity';
import type { Role } from './entities/user.entity';
import type { AuthenticatedRequest, Principal } from './principal';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const SCOPES = 'auth:scopes';

/** No authentication: health, metrics, login, webhooks (which verify their own signatures). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Roles allowed on a route; without it, any authenticated principal passes the role check. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** API key scopes a route accepts; REST routes default to `admin`. */
export const Scopes = (...scopes: ApiKeyScope[]) => SetMetadata(SCOPES, scopes);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
