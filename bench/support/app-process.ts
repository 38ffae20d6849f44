import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { appEnv, type BenchRun, REPO_ROOT, type Scratch, type TargetRow } from './harness';

/**
 * For the benchmarks that run the built app (`node dist/src/main.js`) in processes of its own, as in
 * production: starting and stopping those processes, waiting for them to be ready, and the admin API used
 * to seed them.
 */

export const MAIN = join(REPO_ROOT, 'dist', 'src', 'main.js');
export const ADMIN = { email: 'bench-admin@bench.local', password: 'bench-admin-password-1' };

/** The benchmark measures the built app, not the sources: fail before creating a scratch database. */
export function requireBuiltApp(): void {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build:api first (npm run bench does)`);
}

/** appEnv plus what a child process needs: only PATH and HOME of ours (no stray config), the seeding admin. */
export function childAppEnv(scratch: Scratch): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...appEnv(scratch),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
  };
}

export interface Child {
  name: string;
  process: ChildProcess;
  /** The last 20,000 characters of its stdout and stderr, for the error when it dies. */
  output: () => string;
}

/**
 * The node processes a benchmark started: stopped in the run's teardown (their exits go into the report's
 * cleanup), and never left running behind a crashed benchmark.
 */
export class Children {
  private readonly list: Child[] = [];

  constructor(run: BenchRun) {
    run.defer(async (cleanup) => {
      cleanup.exits = await this.stopAll();
    });
    process.on('exit', () => this.list.forEach((c) => c.process.exitCode === null && c.process.kill('SIGKILL')));
  }

  /** `node <args>` in the repository root; `ipc` for a child that reports back with process.send. */
  start(name: string, args: string[], env: NodeJS.ProcessEnv, ipc = false): Child {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env,
      stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const started = { name, process: child, output: () => output };
    this.list.push(started);
    return started;
  }

  /** Starts the built app in `role` on a free port and waits until /health/ready answers (it migrates on boot). */
  async startApp(
    name: string,
    role: string,
    env: NodeJS.ProcessEnv,
    nodeArgs: string[] = [],
  ): Promise<{ child: Child; port: number; url: string }> {
    const port = await freePort();
    const child = this.start(name, [...nodeArgs, MAIN], { ...env, APP_ROLE: role, PORT: String(port) });
    const url = `http://127.0.0.1:${port}`;
    await waitReady(child, `${url}/health/ready`);
    return { child, port, url };
  }

  /**
   * Each running child's peak resident set so far (VmHWM of /proc/<pid>/status, which the kernel keeps for
   * the process's whole life), in MB by name; null where it cannot be read (exited, or not Linux). Read it
   * at the end of the measurement, before the teardown stops them.
   */
  peakRssMb(): Record<string, number | null> {
    return Object.fromEntries(this.list.map((c) => [c.name, peakRssMb(c.process)]));
  }

  /** Stops them, the last started first; returns each one's exit code or signal by name. */
  private async stopAll(): Promise<Record<string, number | string | null>> {
    const exits: Record<string, number | string | null> = {};
    for (const child of [...this.list].reverse()) exits[child.name] = await stopChild(child);
    return exits;
  }
}

/** Peak RSS target of the app's processes (issue 10), in MB: what `peakRssMb` is compared with. */
export const PEAK_RSS_LIMIT_MB = 400;

/** The peak-RSS rows of a report's `targets`, for the app's processes (api, worker) among `peak`'s. */
export function peakRssTargets(peak: Record<string, number | null>): TargetRow[] {
  return Object.entries(peak)
    .filter(([name]) => name === 'api' || name === 'worker')
    .map(([name, measured]) => ({
      metric: `peakRssMb.${name}`,
      limit: `< ${PEAK_RSS_LIMIT_MB}`,
      measured,
      pass: measured !== null && measured < PEAK_RSS_LIMIT_MB,
    }));
}

function peakRssMb(p: ChildProcess): number | null {
  if (p.pid === undefined || p.exitCode !== null || p.signalCode !== null) return null;
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 102.4) / 10;
  } catch {
    return null;
  }
}

/** SIGTERM (the app's graceful shutdown), SIGKILL after timeoutMs. */
async function stopChild(child: Child, timeoutMs = 15_000): Promise<number | string | null> {
  const p = child.process;
  if (p.exitCode !== null || p.signalCode !== null) return p.exitCode ?? p.signalCode;
  const exited = new Promise<number | string | null>((resolve) =>
    p.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** A port nobody listens on right now (the OS's pick for port 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitReady(child: Child, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited:\n${child.output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${child.name} not ready within ${timeoutMs} ms:\n${child.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A JSON request to the app's API; anything but 2xx throws with the response body. */
export async function api<T>(
  base: string,
  method: string,
  path: string,
  token: string | null,
  body: unknown,
): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** An access token for the admin the app created on boot from ADMIN_EMAIL and ADMIN_PASSWORD. */
export async function adminToken(base: string): Promise<string> {
  return (await api<{ accessToken: string }>(base, 'POST', '/api/auth/login', null, ADMIN)).accessToken;
}
