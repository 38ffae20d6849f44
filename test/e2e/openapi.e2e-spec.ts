import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from 'test/support/test-app';

/**
 * The OpenAPI document served at /api/docs/openapi.json is generated from the code and committed as
 * openapi/openapi.json (the admin's typed client is generated from the committed file). This test fails when
 * the two differ; `npm run openapi:update` (UPDATE_OPENAPI=1) rewrites the file instead.
 */

const ROOT = join(__dirname, '..', '..');
const DOCUMENT_FILE = join(ROOT, 'openapi', 'openapi.json');
const UPDATE = process.env.UPDATE_OPENAPI === '1';
const UPDATE_COMMAND = 'npm run openapi:update';

/** Routes under /api/ that are public by design: they are how a client gets (or drops) a bearer token. */
const PUBLIC_API_OPERATIONS = new Set(['POST /api/auth/login', 'POST /api/auth/refresh', 'POST /api/auth/logout']);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
}

interface OpenApiDocument {
  paths?: Record<string, Partial<Record<(typeof HTTP_METHODS)[number], Operation>>>;
  components?: {
    schemas?: Record<string, unknown>;
    securitySchemes?: Record<string, { type?: string; scheme?: string }>;
  };
  [key: string]: unknown;
}

/** The committed form: stable indentation and a final newline, so the file diffs cleanly. */
const formatDocument = (doc: unknown): string => JSON.stringify(doc, null, 2) + '\n';

function operationsOf(doc: OpenApiDocument): { key: string; path: string; operation: Operation }[] {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ key: `${method.toUpperCase()} ${path}`, path, operation }] : [];
    }),
  );
}

/** What differs, by operation, schema and top-level key, so the failure says more than "not equal". */
function describeDifferences(committed: OpenApiDocument, current: OpenApiDocument): string[] {
  const lines: string[] = [];
  const compare = (what: string, before: Record<string, unknown>, after: Record<string, unknown>) => {
    for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(name in before)) lines.push(`  + ${what} ${name}`);
      else if (!(name in after)) lines.push(`  - ${what} ${name}`);
      else if (JSON.stringify(before[name]) !== JSON.stringify(after[name])) lines.push(`  ~ ${what} ${name}`);
    }
  };
  const byKey = (doc: OpenApiDocument) => Object.fromEntries(operationsOf(doc).map((o) => [o.key, o.operation]));
  compare('operation', byKey(committed), byKey(current));
  compare('schema', committed.components?.schemas ?? {}, current.components?.schemas ?? {});
  const rest = ({ paths: _paths, components, ...other }: OpenApiDocument) => ({
    ...other,
    components: { ...components, schemas: undefined },
  });
  compare('top-level', rest(committed), rest(current));
  // Same content, different layout (e.g. key order or a hand edit of the formatting).
  if (lines.length === 0) lines.push('  (formatting or key order only)');
  return lines;
}

describe('OpenAPI document (e2e)', () => {
  let t: TestApp;
  let served: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp();
    const res = await request(t.url).get('/api/docs/openapi.json').expect(200).expect('Content-Type', /json/);
    served = res.body as OpenApiDocument;
  });
  afterAll(() => t.close());

  it(`matches the committed openapi/openapi.json (run \`${UPDATE_COMMAND}\` after changing the API)`, () => {
    const current = formatDocument(served);
    const file = relative(ROOT, DOCUMENT_FILE);
    if (UPDATE) {
      mkdirSync(dirname(DOCUMENT_FILE), { recursive: true });
      writeFileSync(DOCUMENT_FILE, current);
      return;
    }
    if (!existsSync(DOCUMENT_FILE)) {
      throw new Error(`${file} does not exist. Run \`${UPDATE_COMMAND}\` to generate it, and commit it.`);
    }
    const committed = readFileSync(DOCUMENT_FILE, 'utf8');
    if (committed === current) return;
    let differences: string[];
    try {
      differences = describeDifferences(JSON.parse(committed) as OpenApiDocument, served);
    } catch {
      differences = [`  ${file} is not valid JSON`];
    }
    throw new Error(
      [
        `${file} is out of date: the API served by the code differs from the committed document.`,
        `Run \`${UPDATE_COMMAND}\` (regenerates ${file} and admin/src/api/schema.d.ts) and commit the result.`,
        'Differences (+ only in the code, - only in the committed file, ~ changed):',
        ...differences,
      ].join('\n'),
    );
  });

  it('documents every operation under /api/ except login, refresh and logout as needing a bearer token', () => {
    const bearerSchemes = new Set(
      Object.entries(served.components?.securitySchemes ?? {})
        .filter(([, scheme]) => scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer')
        .map(([name]) => name),
    );
    expect(bearerSchemes.size).toBeGreaterThan(0);

    const apiOperations = operationsOf(served).filter((o) => o.path.startsWith('/api/'));
    expect(apiOperations.length).toBeGreaterThan(0);
    const withoutBearer = apiOperations
      .filter(({ key }) => !PUBLIC_API_OPERATIONS.has(key))
      .filter(({ operation }) => !operation.security?.some((req) => Object.keys(req).some((n) => bearerSchemes.has(n))))
      .map(({ key }) => key);
    // Add @ApiBearerAuth() to the controller (or the handler) of each operation listed here.
    expect(withoutBearer).toEqual([]);
  });

  it('tags every operation through @ApiTags', () => {
    // Without @ApiTags, @nestjs/swagger tags an operation with its controller's class name (autoTagControllers):
    // `CompaniesController_list` gets "Companies". Such a tag counts as missing.
    const autoTag = (operationId?: string) => operationId?.split('_')[0]?.replace(/Controller$/, '');
    const untagged = operationsOf(served)
      .filter(({ operation }) => {
        const tags = (operation.tags ?? []).filter((tag) => tag.trim() !== '');
        return tags.length === 0 || (tags.length === 1 && tags[0] === autoTag(operation.operationId));
      })
      .map(({ key }) => key);
    // Add @ApiTags(...) to the controller of each operation listed here.
    expect(untagged).toEqual([]);
  });
});
