import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` only if no other instance of the cluster runs work of the same name right now (DESIGN §5:
 * singleton work runs once per cluster). A PostgreSQL transaction-level advisory lock: it is released when
 * the transaction ends, also when the process dies. Resolves to null when another instance holds it.
 * `work` must use the given manager for its queries (embedded PGlite has one connection).
 */
export async function withClusterLock<T>(
  dataSource: DataSource,
  name: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T | null> {
  return dataSource.transaction(async (manager) => {
    const [{ locked }]: { locked: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('switchboard:' || $1)) AS locked`,
      [name],
    );
    return locked ? work(manager) : null;
  });
}
