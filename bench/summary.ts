import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './support/harness';

/**
 * The summary of the last benchmark runs: reads bench/results/*.json and prints one markdown table — every
 * figure that has a target, measured against it — to stdout and to bench/results/summary.md.
 *
 *   npm run bench:summary   (npm run bench ends with it)
 *
 * Reports name their targets in one of three shapes: rows `{metric, limit, measured, pass}` (most), rows
 * `{case, metric, limitMs, measuredMs, pass}` (orchestrator-overhead), or `targetP95Ms` with `targetMet` per
 * result (calls-query). A report without any is listed as such.
 */

const RESULTS = join(REPO_ROOT, 'bench', 'results');
/** The order of `npm run bench`; any other report follows by name. */
const ORDER = ['orchestrator-overhead', 'calls-query', 'webhook-ingest', 'voice-availability', 'resilience', 'outage'];

interface Row {
  benchmark: string;
  figure: string;
  measured: string;
  target: string;
  met: string;
  runAt: string;
}

type Report = Record<string, unknown> & { benchmark?: string; timestamp?: string; targets?: unknown };

const text = (value: unknown): string =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'number'
      ? String(Number(value.toFixed(4)))
      : String(value);

function targetRows(report: Report): Omit<Row, 'benchmark' | 'runAt'>[] {
  if (Array.isArray(report.targets)) {
    return (report.targets as Record<string, unknown>[]).map((t) =>
      'limitMs' in t
        ? {
            figure: `${text(t.case)} ${text(t.metric)} (ms)`,
            measured: text(t.measuredMs),
            target: `< ${text(t.limitMs)}`,
            met: t.pass ? 'yes' : 'NO',
          }
        : { figure: text(t.metric), measured: text(t.measured), target: text(t.limit), met: t.pass ? 'yes' : 'NO' },
    );
  }
  if (typeof report.targetP95Ms === 'number' && report.results && typeof report.results === 'object') {
    return Object.entries(report.results as Record<string, { p95?: number; targetMet?: boolean | null }>)
      .filter(([, r]) => typeof r.targetMet === 'boolean')
      .map(([name, r]) => ({
        figure: `${name} p95 (ms)`,
        measured: text(r.p95),
        target: `< ${text(report.targetP95Ms)}`,
        met: r.targetMet ? 'yes' : 'NO',
      }));
  }
  return [{ figure: '(no targets in the report)', measured: '—', target: '—', met: '—' }];
}

function main(): void {
  const files = existsSync(RESULTS) ? readdirSync(RESULTS).filter((f) => f.endsWith('.json')) : [];
  const names = files.map((f) => f.slice(0, -'.json'.length));
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const rows: Row[] = [];
  for (const name of names) {
    let report: Report;
    try {
      report = JSON.parse(readFileSync(join(RESULTS, `${name}.json`), 'utf8')) as Report;
    } catch (err) {
      rows.push({
        benchmark: name,
        figure: `(unreadable: ${(err as Error).message})`,
        measured: '—',
        target: '—',
        met: '—',
        runAt: '—',
      });
      continue;
    }
    const runAt = typeof report.timestamp === 'string' ? report.timestamp.slice(0, 16).replace('T', ' ') : '—';
    for (const row of targetRows(report)) rows.push({ benchmark: report.benchmark ?? name, runAt, ...row });
  }
  const missing = ORDER.filter((name) => !names.includes(name));
  const lines = [
    '# Benchmark summary',
    '',
    `From bench/results/*.json (${names.length} reports). Each report has the run's conditions and the full figures.`,
    '',
    '| Benchmark | Figure | Measured | Target | Met | Run at (UTC) |',
    '| --- | --- | ---: | --- | :---: | --- |',
    ...rows.map((r) => `| ${r.benchmark} | ${r.figure} | ${r.measured} | ${r.target} | ${r.met} | ${r.runAt} |`),
    '',
    `Targets met: ${rows.filter((r) => r.met === 'yes').length} of ${rows.filter((r) => r.met !== '—').length}.`,
    ...(missing.length ? ['', `No report (not run yet, or the run failed): ${missing.join(', ')}.`] : []),
    '',
  ];
  const markdown = lines.join('\n');
  writeFileSync(join(RESULTS, 'summary.md'), markdown);
  process.stdout.write(markdown);
}

main();
