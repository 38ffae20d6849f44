import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from 'src/platform/errors/app-error';
import { AuthService } from '../auth.service';
import { IS_PUBLIC } from '../decorators';
import { AuthenticatedRequest } from '../principal';

/** Global: every route needs a valid bearer token (JWT or API key) unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw AppError.unauthenticated();
    req.principal = await this.auth.authenticate(match[1]);
    return true;
  }
}
