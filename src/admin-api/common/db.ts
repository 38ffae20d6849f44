import { FindOptionsWhere, ObjectLiteral, QueryFailedError, Repository } from 'typeorm';
import { AppError } from 'src/platform/errors/app-error';

/**
 * A row of the company's own, or 404: another company's id under one's own `:companyId` is "not found",
 * never a hint that it exists.
 */
export async function findOwned<T extends ObjectLiteral & { companyId: string; id: string }>(
  repo: Repository<T>,
  companyId: string,
  id: string,
  what: string,
): Promise<T> {
  const row = await repo.findOne({ where: { id, companyId } as FindOptionsWhere<T> });
  if (!row) throw AppError.notFound(what);
  return row;
}

/** PostgreSQL unique violation (23505), optionally of one named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}
