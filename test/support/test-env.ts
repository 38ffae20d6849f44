/**
 * Shared by the global setup and the tests: where the test PostgreSQL and Redis are, and this run's id.
 * Every run gets its own databases (cloned from a migrated template) and its own Redis key prefix, so
 * concurrent runs never collide and nothing is left behind.
 */
export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function runId(): string {
  const id = process.env.SWB_TEST_RUN;
  if (!id) throw new Error('SWB_TEST_RUN is not set: run integration tests through jest (global setup)');
  return id;
}

export const templateDatabase = (run: string) => `swb_t_${run}_template`;
export const databasePrefix = (run: string) => `swb_t_${run}_`;
export const redisPrefix = (run: string) => `swbtest:${run}`;

export function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
