/** Timing and statistics for the benchmarks, and the seeded randomness that makes their runs repeatable. */

/** A deterministic PRNG (mulberry32), so every run seeds and plays the same data. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

/** The rounded summary of some samples, or null when there are none. */
export const summaryOf = (values: number[]): Summary | null =>
  values.length ? roundSummary(summarize(Float64Array.from(values))) : null;

/** How many of the items fall under each key. */
export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
