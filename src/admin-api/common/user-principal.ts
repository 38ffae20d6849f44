import type { Principal } from 'src/auth/principal';
import { AppError } from 'src/platform/errors/app-error';

/**
 * Credentials are managed by signed-in people only. An `admin`-scoped API key acts as a company admin, but if
 * it could mint API keys or user accounts, one leaked key would give its holder credentials that outlive
 * revoking it; so keys get 403 on those routes (reading them stays allowed).
 */
export function assertUserPrincipal(principal: Principal): void {
  if (principal.kind !== 'user') throw AppError.forbidden('API keys cannot manage users or API keys');
}
