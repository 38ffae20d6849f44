import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from 'src/platform/database/query-rows';

/** Creates the bare row of a Retell call unless one exists; whether this call created it. */
export async function insertCallRow(
  db: DataSource | EntityManager,
  companyId: string,
  retellCallId: string,
): Promise<boolean> {
  const inserted = await queryRows(
    db,
    `INSERT INTO calls (company_id, retell_call_id, status) VALUES ($1, $2, 'registered')
     ON CONFLICT (retell_call_id) DO NOTHING RETURNING id`,
    [companyId, retellCallId],
  );
  return inserted.length > 0;
}

/**
 * The id of the call row of a Retell call, creating a bare one when no event has arrived yet (a booking can
 * happen before `call_started` is processed); later events merge into it. Null when the call id is already
 * another company's.
 */
export async function ensureCallRow(
  db: DataSource | EntityManager,
  companyId: string,
  retellCallId: string,
): Promise<string | null> {
  await insertCallRow(db, companyId, retellCallId);
  const [row]: { id: string }[] = await db.query('SELECT id FROM calls WHERE retell_call_id = $1 AND company_id = $2', [
    retellCallId,
    companyId,
  ]);
  return row?.id ?? null;
}
