import { createClient } from '@keyv/redis';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve, sep } from 'node:path';
import { Client } from 'pg';
import { withTimeout } from 'src/platform/async';
import { round } from './stats';

/**
 * Shared by the benchmarks in bench/: the run's lifecycle (a scratch database and Redis prefix, teardown, the
 * JSON report, the exit code), the app's environment for the scratch, and machine info. Statistics are in
 * ./stats; child processes of the built app in ./app-process; the app in-process in ./in-process-app.
 */

export const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The repository root, from bench/support (sources) or dist-bench/bench/support (compiled). */
export const REPO_ROOT = __dirname.includes(`${sep}dist-bench${sep}`)
  ? resolve(__dirname, '..', '..', '..')
  : resolve(__dirname, '..', '..');

/** A positive integer from the environment (BENCH_N, BENCH_RUNS, …), or the default. */
export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new Error(`${name} must be a positive integer`);
  return Number(raw);
}

async function adminQuery<R extends object = Record<string, unknown>>(sql: string): Promise<R[]> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

export interface Scratch {
  databaseName: string;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Drops the database and deletes every Redis key under the prefix; each is tried even if the other fails. */
  cleanup(): Promise<ScratchCleanup>;
}

export interface ScratchCleanup {
  databaseDropped: boolean;
  redisKeysDeleted: number | null;
  errors: string[];
}

/** An empty PostgreSQL database `swb_bench_<random>` (the app migrates it on boot) and a unique Redis prefix. */
export async function createScratch(): Promise<Scratch> {
  const id = randomBytes(5).toString('hex');
  const databaseName = `swb_bench_${id}`;
  const redisPrefix = `swbbench:${id}`;
  await adminQuery(`CREATE DATABASE "${databaseName}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${databaseName}`;
  return {
    databaseName,
    databaseUrl: url.toString(),
    redisUrl: REDIS_URL,
    redisPrefix,
    cleanup: async () => {
      const result: ScratchCleanup = { databaseDropped: false, redisKeysDeleted: null, errors: [] };
      try {
        await withTimeout(adminQuery(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`), 30_000);
        result.databaseDropped = true;
      } catch (err) {
        result.errors.push(`drop database ${databaseName}: ${(err as Error).message}`);
      }
      try {
        result.redisKeysDeleted = await withTimeout(deleteRedisKeys(`${redisPrefix}:*`), 30_000);
      } catch (err) {
        result.errors.push(`delete Redis keys ${redisPrefix}:*: ${(err as Error).message}`);
      }
      return result;
    },
  };
}

/** What any app a benchmark boots needs: the scratch database and Redis prefix, fresh secrets, no drain delay. */
export function appEnv(scratch: Scratch): Record<string, string> {
  return {
    DATABASE_URL: scratch.databaseUrl,
    REDIS_URL: scratch.redisUrl,
    REDIS_KEY_PREFIX: scratch.redisPrefix,
    APP_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    JWT_SECRET: randomBytes(30).toString('base64url'),
    SHUTDOWN_DELAY_MS: '0',
  };
}

async function deleteRedisKeys(pattern: string): Promise<number> {
  // No reconnects: when Redis is gone, fail now instead of retrying forever.
  const redis = createClient({ url: REDIS_URL, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  redis.on('error', () => undefined);
  await redis.connect();
  let deleted = 0;
  try {
    for await (const keys of redis.scanIterator({ MATCH: pattern, COUNT: 1000 })) {
      if (keys.length) deleted += await redis.del(keys);
    }
  } finally {
    await redis.quit().catch(() => redis.destroy());
  }
  return deleted;
}

/** Progress goes to stderr: stdout carries only the JSON report. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export const describeError = (err: unknown): string =>
  err instanceof Error ? (err.stack ?? err.message) : String(err);

export const secondsSince = (startedAt: Date): number => round((Date.now() - startedAt.getTime()) / 1000, 1);

export async function postgresVersion(): Promise<string> {
  const [row] = await adminQuery<{ server_version: string }>('SHOW server_version');
  return row.server_version;
}

export function machineInfo() {
  const cpus = os.cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Writes the report to bench/results/<name>.json and prints it, as one JSON object, to stdout. */
export function writeReport(name: string, report: object): string {
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  const json = JSON.stringify(report, null, 2);
  writeFileSync(file, `${json}\n`);
  process.stdout.write(`${json}\n`);
  return file;
}

/**
 * The fields every report starts with. durationSeconds is left undefined for runBenchmark to fill in after the
 * cleanup; `machine` goes between the machine's info and the PostgreSQL version.
 */
export async function reportHead(name: string, startedAt: Date, machine: Record<string, unknown> = {}) {
  return {
    benchmark: name,
    timestamp: startedAt.toISOString(),
    durationSeconds: undefined as number | undefined,
    machine: { ...machineInfo(), ...machine, postgresVersion: await postgresVersion().catch(() => 'unknown') },
  };
}

/** One row of a report's `targets`: what bench/summary.ts tabulates. */
export interface TargetRow {
  metric: string;
  /** The target as text: `< 400`, `>= 0.995`, `= 0`. */
  limit: string;
  measured: number | null;
  pass: boolean;
}

export interface BenchRun {
  readonly startedAt: Date;
  readonly scratch: Scratch;
  /**
   * Registers teardown (closing the app, stopping processes) to run after measuring, also when that failed,
   * last registered first, before the scratch is dropped. It records what it did in the report's `cleanup`; a
   * throw fails the run.
   */
  defer(undo: (cleanup: Record<string, unknown>) => Promise<void>): void;
}

/**
 * The lifecycle every benchmark shares: `precheck`, a scratch, `measure` (which returns the report), the
 * deferred teardown, dropping the scratch (unless `keepScratch`), then the report with `cleanup` appended, to
 * bench/results/<name>.json. A failed teardown or cleanup still writes the report but exits 1; without a
 * report there is nothing to write.
 *
 * The process exits by letting stdout drain and ending by itself, forced after 2 s if a stray handle keeps it
 * alive. A promise that never settles lets the event loop drain: that is a failure, not a silent exit 0.
 */
export function runBenchmark(
  name: string,
  measure: (run: BenchRun) => Promise<Record<string, unknown>>,
  options: { precheck?: () => void; keepScratch?: boolean } = {},
): void {
  let finished = false;
  const exit = (code: number) => {
    finished = true;
    process.exitCode = code;
    setTimeout(() => process.exit(code), 2000).unref();
  };
  process.on('exit', () => {
    if (finished) return;
    process.stderr.write('[bench] failed: the process ran out of work before the benchmark finished\n');
    process.exitCode = 1;
  });

  const main = async (): Promise<number> => {
    options.precheck?.();
    const startedAt = new Date();
    const scratch = await createScratch();
    const teardown: ((cleanup: Record<string, unknown>) => Promise<void>)[] = [];
    let report: Record<string, unknown> | undefined;
    let error: unknown;
    try {
      report = await measure({ startedAt, scratch, defer: (undo) => teardown.push(undo) });
    } catch (err) {
      error = err;
    }
    const cleanup: Record<string, unknown> = {};
    for (const undo of teardown.reverse()) {
      try {
        await undo(cleanup);
      } catch (err) {
        error ??= err;
      }
    }
    const dropped = options.keepScratch ? { kept: scratch.databaseUrl, errors: [] } : await scratch.cleanup();
    Object.assign(cleanup, dropped);
    if (dropped.errors.length) error ??= new Error(`cleanup failed: ${dropped.errors.join('; ')}`);
    if (!report) {
      log(`failed: ${describeError(error)}`);
      log(`cleanup: ${JSON.stringify(cleanup)}`);
      return 1;
    }
    const durationSeconds = report.durationSeconds ?? secondsSince(startedAt);
    const file = writeReport(name, { ...report, durationSeconds, cleanup });
    log(`report written to ${file}`);
    if (error) {
      log(`error after measuring: ${String(error)}`);
      return 1;
    }
    return 0;
  };

  void main().then(exit, (err: unknown) => {
    log(`failed: ${describeError(err)}`);
    exit(1);
  });
}
