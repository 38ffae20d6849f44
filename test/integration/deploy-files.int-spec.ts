import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { configVariableNames } from 'src/config';

/**
 * The deployment files must follow the configuration: every variable the config reads is passed to the
 * app by docker-compose.yml and documented in .env.example, and nothing unknown is set there.
 */

const ROOT = `${__dirname}/../..`;
const read = (file: string): string => readFileSync(`${ROOT}/${file}`, 'utf8');

/** Variables the deployment may set although src/config does not read them. */
const EXTRA_ALLOWED = ['NODE_ENV'];

interface ComposeService {
  image?: string;
  build?: unknown;
  ports?: unknown[];
  environment?: Record<string, unknown> | string[];
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
}

/** Names and raw values of a service's `environment:`, in map form or list form (`- KEY=value`). */
function environmentOf(service: ComposeService): Map<string, string> {
  const env = service.environment;
  const entries: [string, string][] = Array.isArray(env)
    ? env.map((line): [string, string] => {
        const eq = line.indexOf('=');
        return eq === -1 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)];
      })
    : Object.entries(env ?? {}).map(([name, value]): [string, string] => [name, value == null ? '' : String(value)]);
  return new Map(entries);
}

function missingAndUnknown(names: string[], expected: string[], extraAllowed: string[] = []) {
  return {
    missing: expected.filter((name) => !names.includes(name)),
    unknown: names.filter((name) => !expected.includes(name) && !extraAllowed.includes(name)),
  };
}

/** Instructions of a Dockerfile (line continuations joined, comments dropped), split into build stages. */
function dockerStages(text: string): { instruction: string; args: string }[][] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: { instruction: string; args: string }[][] = [];
  for (const line of lines) {
    const match = /^(\S+)\s*(.*)$/.exec(line);
    if (!match) continue;
    const instruction = { instruction: match[1].toUpperCase(), args: match[2].trim() };
    if (instruction.instruction === 'FROM') stages.push([]);
    if (instruction.instruction === 'ARG' && stages.length === 0) continue; // global ARGs before the first FROM
    stages[stages.length - 1]?.push(instruction);
  }
  return stages;
}

describe('configVariableNames()', () => {
  it('lists the configuration variables (sanity check for the comparisons below)', () => {
    expect(configVariableNames()).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'CALCOM_API_URL', 'STRIPE_API_URL']),
    );
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as ComposeFile;
  const services = compose.services ?? {};

  it('defines the postgres, redis and app services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'app']));
  });

  it('runs PostgreSQL 15 and Redis 7, each with a health check', () => {
    expect(services.postgres?.image).toMatch(/^postgres:15($|[.-])/);
    expect(services.redis?.image).toMatch(/^redis:7($|[.-])/);
    expect(JSON.stringify(services.postgres?.healthcheck?.test)).toContain('pg_isready');
    expect(JSON.stringify(services.redis?.healthcheck?.test)).toContain('ping');
  });

  it('builds the app from the Dockerfile, after postgres and redis are healthy, on port 3000', () => {
    const app = services.app ?? {};
    expect(app.build).toBeDefined();
    expect(app.depends_on).toEqual({
      postgres: expect.objectContaining({ condition: 'service_healthy' }),
      redis: expect.objectContaining({ condition: 'service_healthy' }),
    });
    expect((app.ports ?? []).map(String)).toContain('3000:3000');
  });

  it('passes every configuration variable to the app, and no unknown one', () => {
    const names = [...environmentOf(services.app ?? {}).keys()];
    expect(missingAndUnknown(names, configVariableNames(), EXTRA_ALLOWED)).toEqual({ missing: [], unknown: [] });
  });

  it('points the app at the compose services and requires the secrets', () => {
    const env = environmentOf(services.app ?? {});
    expect(env.get('DATABASE_URL')).toBe('postgres://switchboard:switchboard@postgres:5432/switchboard');
    expect(env.get('REDIS_URL')).toBe('redis://redis:6379');
    expect(env.get('NODE_ENV')).toBe('production');
    // With DATABASE_URL set the app refuses to start without them, so compose must refuse first.
    expect(env.get('JWT_SECRET')).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
    expect(env.get('APP_ENCRYPTION_KEYS')).toMatch(/^\$\{APP_ENCRYPTION_KEYS:\?.+\}$/);
  });
});

describe('.env.example', () => {
  const lines = read('.env.example').split(/\r?\n/);
  const assignments = lines
    .map((line, index) => ({ match: /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line), index }))
    .filter((entry): entry is { match: RegExpExecArray; index: number } => entry.match !== null);
  const names = assignments.map((entry) => entry.match[1]);

  it('lists every configuration variable exactly once, and no unknown one', () => {
    expect(missingAndUnknown(names, configVariableNames())).toEqual({ missing: [], unknown: [] });
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('explains each variable in a comment on the line above it', () => {
    const undocumented = assignments
      .filter(({ index }) => !/^#\s*\S/.test(lines[index - 1] ?? ''))
      .map((e) => e.match[1]);
    expect(undocumented).toEqual([]);
  });

  it('leaves the secrets empty', () => {
    const value = (name: string) => assignments.find((entry) => entry.match[1] === name)?.match[2];
    for (const secret of ['JWT_SECRET', 'APP_ENCRYPTION_KEYS', 'ADMIN_PASSWORD', 'STRIPE_SECRET_KEY']) {
      expect({ [secret]: value(secret) }).toEqual({ [secret]: '' });
    }
  });
});

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const final = stages[stages.length - 1] ?? [];
  const last = (name: string) => final.filter((i) => i.instruction === name).pop()?.args;

  it('has a build stage and a final stage on Node 24', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(last('FROM')).toMatch(/^node:24($|[.\s-])/);
  });

  it('runs the final stage as a non-root user, in production mode, on port 3000', () => {
    const user = last('USER');
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(final.some((i) => i.instruction === 'ENV' && /\bNODE_ENV[= ]production\b/.test(i.args))).toBe(true);
    expect(last('EXPOSE')).toMatch(/^3000\b/);
    expect(last('HEALTHCHECK')).toContain('/health/live');
  });

  it('starts dist/src/main.js with node and ships the built admin SPA', () => {
    expect(JSON.parse(last('CMD') ?? 'null')).toEqual(['node', 'dist/src/main.js']);
    expect(final.some((i) => i.instruction === 'COPY' && /\badmin\/dist\b/.test(i.args))).toBe(true);
  });

  it('is built from a context without local secrets, data or dependencies', () => {
    const ignored = existsSync(`${ROOT}/.dockerignore`) ? read('.dockerignore').split(/\r?\n/) : [];
    expect(ignored).toEqual(expect.arrayContaining(['.env', '.data', '**/node_modules']));
  });
});
