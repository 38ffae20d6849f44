import { join } from 'node:path';
import { DataSource, DataSourceOptions, MixedList } from 'typeorm';
import type { DatabaseConfig } from 'src/config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** `migrations/` at the repository root, from src/ (ts-jest, CLI on sources) or dist/src/ (compiled). */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');

/**
 * One definition for the app, the migration CLI and the tests. `synchronize` is never on: the schema
 * comes from migrations only.
 */
export async function buildDataSourceOptions(
  config: DatabaseConfig,
  entities: MixedList<string | Function>, // eslint-disable-line @typescript-eslint/no-unsafe-function-type
): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install (PGlite has none to offer).
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // TypeORM's own logger prints query parameters, which may hold secrets: failures surface as errors instead.
    logging: false,
  };
  if (config.embedded) {
    // Loaded lazily: PGlite is WASM, only needed in embedded mode.
    const { PGliteDriver } = await import('typeorm-pglite');
    // The knowledge base's trigram search needs pg_trgm (PGlite ships it as a contrib extension).
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    return { ...common, driver: new PGliteDriver({ dataDir: config.pgliteDir, extensions: { pg_trgm } }).driver };
  }
  return {
    ...common,
    url: config.url,
    // pg Pool options: fail fast rather than hang when PostgreSQL is unreachable.
    extra: {
      max: config.poolSize,
      connectionTimeoutMillis: config.connectTimeoutMs,
      idleTimeoutMillis: config.idleTimeoutMs,
      statement_timeout: config.statementTimeoutMs,
      application_name: 'switchboard',
    },
  };
}

/** Any 64-bit number the app agrees on; several pods starting at once queue on it. */
const MIGRATION_LOCK_KEY = 7_263_590_118_042_001n;

/** Runs pending migrations while holding a PostgreSQL advisory lock, so concurrent pods never race. */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await runner.release();
  }
}
