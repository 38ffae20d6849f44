import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';

export interface PoolStatus {
  /** Configured maximum connections. */
  max: number;
  /** Connections open (in use + idle). */
  total: number;
  inUse: number;
  idle: number;
  /** Queries queued for a free connection. */
  waiting: number;
}

/** The slice of pg's Pool we read. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** The pg Pool inside TypeORM's driver; null in embedded mode (PGlite, one in-process connection). */
export function poolStatus(dataSource: DataSource): PoolStatus | null {
  const pool = (dataSource.driver as Partial<PostgresDriver>).master as PgPool | undefined;
  if (!pool || typeof pool.totalCount !== 'number') return null;
  return {
    max: pool.options?.max ?? 10,
    total: pool.totalCount,
    inUse: pool.totalCount - pool.idleCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  };
}

/** The operator's hint when the pool is the bottleneck; null while it is not. */
export function poolHint(status: PoolStatus | null): string | null {
  if (!status || status.waiting === 0) return null;
  return (
    `${status.waiting} queries wait for a database connection (${status.inUse}/${status.max} in use): ` +
    'raise DATABASE_POOL_SIZE (within PostgreSQL max_connections across all pods) or look for slow queries ' +
    'holding connections (query advisor).'
  );
}

/** The data source the gauge reads (the last app to start in this process: tests run several). */
let source: DataSource | null = null;

/** `switchboard_db_pool_connections{state}`: read from the pool at scrape time. */
export function registerPoolGauge(dataSource: DataSource): void {
  source = dataSource;
  singleton(
    METRICS.dbPoolConnections,
    () =>
      new Gauge({
        name: METRICS.dbPoolConnections,
        help: 'PostgreSQL pool connections by state (in_use, idle, waiting = queued queries)',
        labelNames: ['state'],
        collect() {
          const status = source?.isInitialized ? poolStatus(source) : null;
          this.reset();
          if (!status) return;
          this.set({ state: 'in_use' }, status.inUse);
          this.set({ state: 'idle' }, status.idle);
          this.set({ state: 'waiting' }, status.waiting);
        },
      }),
  );
}

export function unregisterPoolGauge(dataSource: DataSource): void {
  if (source === dataSource) source = null;
}
