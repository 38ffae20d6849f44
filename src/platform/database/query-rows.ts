import { Pool } from 'pg';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/**
 * The rows of a `… RETURNING` statement. TypeORM's PostgreSQL driver answers an UPDATE or DELETE with
 * `[rows, affectedCount]` but an INSERT or SELECT with the rows alone; this returns the rows either way.
 */
export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

interface PgPoolLike {
  query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The rows of one statement sent straight through the PostgreSQL driver's pool (`pg.Pool#query`), without
 * TypeORM's query runner (its per-call runner object, logger and subscriber broadcast): for a single
 * statement on a hot path, outside any transaction. Errors are TypeORM's `QueryFailedError`, as from
 * `dataSource.query`. Any other driver (embedded PGlite) goes through `dataSource.query`.
 */
export async function poolQuery<T>(dataSource: DataSource, sql: string, params: unknown[] = []): Promise<T[]> {
  const pool = (dataSource.driver as { master?: unknown }).master;
  if (!(pool instanceof Pool)) return queryRows<T>(dataSource, sql, params);
  try {
    return (await (pool as PgPoolLike).query(sql, params)).rows as T[];
  } catch (err) {
    throw new QueryFailedError(sql, params, err as Error);
  }
}
