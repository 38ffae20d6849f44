import { createClient } from '@keyv/redis';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve, sep } from 'node:path';
import { Client } from 'pg';
import { withTimeout } from 'src/platform/async';

/**
 * Shared by the benchmarks in bench/: a scratch database and Redis prefix, sequential timing with
 * process.hrtime.bigint(), percentiles, medians across runs, machine info and the JSON report.
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

export async function postgresVersion(): Promise<string> {
  const [row] = await adminQuery<{ server_version: string }>('SHOW server_version');
  return row.server_version;
}

/** Runs `fn` n times one after the other and returns each call's wall time in milliseconds. */
export async function timeSequential(n: number, fn: (i: number) => Promise<unknown>): Promise<Float64Array> {
  const samples = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const started = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - started) / 1e6;
  }
  return samples;
}

export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarize(samples: Float64Array): Summary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sum / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Each statistic's median over the runs (so p99 is the median of the runs' p99s). */
export function medianSummary(runs: Summary[]): Summary {
  const of = (key: keyof Summary) => median(runs.map((r) => r[key]));
  return { p50: of('p50'), p95: of('p95'), p99: of('p99'), mean: of('mean'), min: of('min'), max: of('max') };
}

/** Milliseconds to 10 ns. */
export const round = (value: number, digits = 5): number => Number(value.toFixed(digits));

export function roundSummary(summary: Summary): Summary {
  return Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, round(v)])) as unknown as Summary;
}

/** A full collection between cases when node runs with --expose-gc; a no-op otherwise. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
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
