import { EntityManager } from 'typeorm';
import { AppError } from 'src/platform/errors/app-error';

/**
 * A Retell agent answers for one company only (on branches and numbers alike): otherwise a call to that
 * agent could be resolved to the wrong tenant.
 */
export async function assertAgentOwnedBy(em: EntityManager, companyId: string, agentId: string | null | undefined) {
  if (!agentId) return;
  const [clash] = await em.query(
    `SELECT 1 FROM branches b JOIN companies c ON c.id = b.company_id AND c.deleted_at IS NULL
       WHERE b.retell_agent_id = $1 AND b.company_id <> $2 AND b.deleted_at IS NULL
     UNION ALL
     SELECT 1 FROM phone_numbers p JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
       WHERE p.retell_agent_id = $1 AND p.company_id <> $2 AND p.deleted_at IS NULL
     LIMIT 1`,
    [agentId, companyId],
  );
  if (clash) {
    throw AppError.conflict('This Retell agent belongs to another company', [
      { field: 'retellAgentId', rule: 'ownedByCompany', message: 'retellAgentId is used by another company' },
    ]);
  }
}
