import type { Principal } from 'src/auth/principal';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';

export const toolPrincipalOf = (p: Principal): ToolPrincipal => ({
  kind: p.kind,
  id: p.id,
  role: p.role,
  companyId: p.companyId,
});
