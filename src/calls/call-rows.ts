import type { DataSource, EntityManager } from 'typeorm';

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
  await db.query(
    `INSERT INTO calls (company_id, retell_call_id, status) VALUES ($1, $2, 'registered')
     ON CONFLICT (retell_call_id) DO NOTHING`,
    [companyId, retellCallId],
  );
  const [row]: { id: string }[] = await db.query('SELECT id FROM calls WHERE retell_call_id = $1 AND company_id = $2', [
    retellCallId,
    companyId,
  ]);
  return row?.id ?? null;
}
