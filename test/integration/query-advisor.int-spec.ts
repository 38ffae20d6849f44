import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from 'src/config';
import { ENTITIES } from 'src/entities';
import { poolHint, poolStatus } from 'src/ops/query-advisor/db-pool';
import { QueryAdvisor } from 'src/ops/query-advisor/query-advisor.service';
import { buildDataSourceOptions, runMigrationsLocked } from 'src/platform/database/data-source-options';
import { createTestDatabase } from 'test/support/test-app';

/**
 * The query advisor against a PostgreSQL cluster this test owns (pg_stat_statements preloaded), never the shared
 * one: initdb on a temporary directory, a free port, stopped and removed afterwards.
 */
const BIN = '/usr/lib/postgresql/15/bin';

let dir: string;
let port: number;
let started = false;

function asPostgres(cmd: string, args: string[]): string {
  return execFileSync('runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function dataSourceFor(url: string): Promise<DataSource> {
  return new DataSource(await buildDataSourceOptions(loadDatabaseConfig({ DATABASE_URL: url }), ENTITIES)).initialize();
}

beforeAll(async () => {
  // No skipping: a machine without the server binaries fails here, loudly.
  if (!existsSync(join(BIN, 'initdb'))) throw new Error(`${BIN}/initdb is missing: install postgresql-15`);
  dir = mkdtempSync(join(tmpdir(), 'swb-qa-'));
  chmodSync(dir, 0o700);
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  const data = join(dir, 'data');
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  port = await freePort();
  asPostgres('pg_ctl', [
    '-D',
    data,
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -k /tmp`,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    'start',
  ]);
  started = true;
}, 60_000);

afterAll(() => {
  if (started) asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('query advisor on a cluster with pg_stat_statements', () => {
  it('reports the slowest statements, a missing index on a large table, table sizes and the pool', async () => {
    const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE swb_qa');
    await admin.end();
    const url = `postgres://postgres@127.0.0.1:${port}/swb_qa`;
    const ds = await dataSourceFor(url);
    try {
      await runMigrationsLocked(ds);
      await ds.query('CREATE EXTENSION pg_stat_statements');
      // A large table read by an unindexed column: what the advisor should flag.
      await ds.query('CREATE TABLE scratch_events (id serial PRIMARY KEY, kind text NOT NULL, n int NOT NULL)');
      await ds.query(
        `INSERT INTO scratch_events (kind, n) SELECT 'k' || (g % 100), g FROM generate_series(1, 20000) g`,
      );
      // Only the workload below counts (the migrations' DDL would top the list otherwise).
      await ds.query('SELECT pg_stat_statements_reset()');
      for (let i = 0; i < 5; i++) await ds.query('SELECT count(*) FROM scratch_events WHERE kind = $1', [`k${i}`]);

      const advisor = new QueryAdvisor(ds);
      let saved = await advisor.run({ analyze: true });
      // Table statistics reach pg_stat_user_tables when a backend goes idle (PostgreSQL 15: at most every second).
      for (let i = 0; i < 20 && !saved.report.indexHints.some((h) => h.table === 'scratch_events'); i++) {
        await new Promise((r) => setTimeout(r, 500));
        saved = await advisor.run();
      }
      const report = saved.report;
      expect(report.source).toBe('pg_stat_statements');
      expect(report.hotQueryPlans).toEqual([]);
      expect(report.slowestQueries.length).toBeGreaterThan(0);
      expect(report.slowestQueries.some((q) => q.query.includes('scratch_events') && q.calls >= 5)).toBe(true);
      expect(report.slowestQueries[0].meanMs).toBeGreaterThanOrEqual(report.slowestQueries.at(-1)!.meanMs);
      const hint = report.indexHints.find((h) => h.table === 'scratch_events');
      // n_live_tup is an estimate (ANALYZE and the inserting backend's late statistics may both count).
      expect(hint!.rows).toBeGreaterThanOrEqual(20000);
      expect(hint!.seqScans).toBeGreaterThanOrEqual(5);
      expect(report.hints.some((h) => h.startsWith('scratch_events'))).toBe(true);
      const size = report.tableSizes.find((s) => s.table === 'scratch_events');
      expect(size!.totalBytes).toBeGreaterThan(0);
      expect(size!.rows).toBe(20000); // reltuples after ANALYZE
      expect(report.pool).toMatchObject({ max: 10, waiting: 0 });
      // Never a schema change: no index was created.
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'scratch_events'`);
      expect(n).toBe(1);
      expect((await advisor.latest())!.id).toBe(saved.id);
      console.log(
        'pg_stat_statements report',
        JSON.stringify({ ...report, tableSizes: report.tableSizes.slice(0, 3) }),
      );
    } finally {
      await ds.destroy();
    }
  }, 120_000);
});

describe('query advisor without pg_stat_statements', () => {
  it('explains the hot queries instead', async () => {
    const db = await createTestDatabase();
    const ds = await dataSourceFor(db.url);
    try {
      const saved = await new QueryAdvisor(ds).run();
      expect(saved.report.source).toBe('explain');
      expect(saved.report.slowestQueries).toEqual([]);
      expect(saved.report.hotQueryPlans.map((p) => p.name)).toEqual([
        'directory.resolve_phone_number',
        'booking.appointment_by_key',
        'calls.by_retell_id',
        'webhook.sweep',
        'tool_calls.company_recent',
      ]);
      expect(saved.report.hotQueryPlans.every((p) => p.cost > 0)).toBe(true);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

describe('pool hint', () => {
  it('is there only when clients wait', () => {
    expect(poolHint({ max: 10, total: 10, inUse: 10, idle: 0, waiting: 0 })).toBeNull();
    expect(poolHint({ max: 10, total: 10, inUse: 10, idle: 0, waiting: 3 })).toContain('DATABASE_POOL_SIZE');
    expect(poolStatus({ driver: {} } as unknown as DataSource)).toBeNull();
  });
});
