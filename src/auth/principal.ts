import type { Request } from 'express';
import type { ApiKeyScope } from './entities/api-key.entity';
import type { Role } from './entities/user.entity';

/** Who is calling: a signed-in user or a company's API key. Set by AuthGuard on every guarded request. */
export interface Principal {
  kind: 'user' | 'api_key';
  /** User id or API key id. */
  id: string;
  /** An API key with the `admin` scope acts as a company admin of its company. */
  role: Role;
  /** The one company a company admin or API key is bound to; null for platform roles. */
  companyId: string | null;
  scopes: ApiKeyScope[];
  label: string;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

export const isPlatformRole = (p: Principal): boolean => p.role === 'super_admin' || p.role === 'ops';
