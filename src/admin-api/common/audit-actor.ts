import type { Principal } from 'src/auth/principal';
import type { AuditActor } from 'src/platform/audit/audit.service';

export const actorOf = (principal: Principal): AuditActor => ({
  type: principal.kind,
  id: principal.id,
  label: principal.label,
});
