import { JwtService } from '@nestjs/jwt';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { ERROR_CODES, type ErrorCode } from 'src/platform/errors/error-codes';
import { TEST_JWT_SECRET } from './test-app';

/**
 * Building blocks of the hostile-input suites (test/e2e/hostile-*.e2e-spec.ts): raw requests that reach the
 * server byte for byte, tables of bad bodies, tokens and ids, and one check of the error envelope (DESIGN §3).
 */

/** SQL and script injection, sent in every string field. */
export const INJECTIONS = ["'; DROP TABLE companies; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

/** Path traversal as one (encoded) path segment: the route matches and the id parameter must refuse it. */
export const ENCODED_TRAVERSALS = [
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%2e%2e%2f',
  '%252e%252e%252f',
  '..%5c..%5cwindows%5cwin.ini',
  '%00',
  "1'%20OR%20'1'%3D'1",
];
/** Traversal with real slashes: no route has that shape. */
export const RAW_TRAVERSAL = '../../etc/passwd';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The parsed JSON answer, or undefined. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
}

/**
 * One request through node:http, so the path is sent exactly as written (fetch and supertest normalise
 * `../` and re-encode) and the body goes out as the given bytes, whatever its content type says.
 */
export function send(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  const headers = Object.fromEntries(Object.entries(req.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  // Node frames a DELETE body only when told its length.
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      { host: url.hostname, port: url.port, method: req.method ?? 'POST', path: req.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body });
        });
      },
    );
    out.on('error', reject);
    out.end(req.body);
  });
}

/** `{"a":{"a":…1…}}`, `depth` objects deep, built as text (JSON.stringify itself overflows on it). */
export const deepJson = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const KB = 1024;
export const MB = 1024 * KB;

export interface BodyCase {
  name: string;
  body: string;
  /** `null`: no Content-Type header at all. */
  contentType: string | null;
  status: number;
  /** For a 400, the field its details must name (when it names one). */
  field?: string;
}

/**
 * Bodies refused before any controller, guard or signature check runs: malformed JSON, JSON that is not an
 * object or array, the wrong content type, more bytes than the route's limit, nesting 10,000 deep.
 */
export function parserCases(limitBytes: number): BodyCase[] {
  const json = 'application/json';
  const malformed = [
    '{"event": "call_ended", ',
    "{'a': 1}",
    '{"a": 1,}',
    '{"a": undefined}',
    'NaN',
    '"text"',
    '42',
    'null',
  ];
  return [
    ...malformed.map((body) => ({ name: `malformed JSON ${body}`, body, contentType: json, status: 400 })),
    ...[
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      null,
    ].map((contentType) => ({ name: `content type ${contentType}`, body: '{"a":1}', contentType, status: 415 })),
    {
      name: `${limitBytes / MB} MB + 1 KB`,
      body: JSON.stringify({ pad: 'x'.repeat(limitBytes + KB) }),
      contentType: json,
      status: 413,
    },
    { name: 'objects 10,000 deep', body: deepJson(10_000), contentType: json, status: 400, field: 'body' },
    {
      name: 'arrays 10,000 deep inside an object',
      body: `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      contentType: json,
      status: 400,
      field: 'body',
    },
  ];
}

const CODE_OF_STATUS = new Map<number, ErrorCode>(
  (Object.entries(ERROR_CODES) as [ErrorCode, { status: number }][]).reverse().map(([code, e]) => [e.status, code]),
);

/**
 * Empty when `res` is the refusal expected: that status, the envelope of DESIGN §3 with the code of that status,
 * and, given a field, details naming it (or the object or list it sits in: `keywords` for `keywords.0`).
 * Otherwise one line saying what came instead: collected per table, a failing run lists every case by name.
 */
export function refusalMismatch(name: string, res: RawResponse, status: number, field?: string): string[] {
  const envelope = res.body as
    { error?: { code?: string; message?: unknown; details?: { field: string }[] }; requestId?: unknown } | undefined;
  const error = envelope?.error;
  const details = Array.isArray(error?.details) ? error.details : undefined;
  const ok =
    res.status === status &&
    error?.code === CODE_OF_STATUS.get(status) &&
    typeof error?.message === 'string' &&
    details !== undefined &&
    typeof envelope?.requestId === 'string' &&
    (field === undefined || details.some((d) => d.field === field || field.startsWith(`${d.field}.`)));
  return ok
    ? []
    : [`${name}: expected ${status}${field ? ` naming ${field}` : ''}, got ${res.status} ${res.text.slice(0, 200)}`];
}

/** Runs `check` over `items` a few at a time and returns every mismatch it reports. */
export async function mismatches<T>(
  items: T[],
  check: (item: T) => Promise<string[]>,
  parallel = 6,
): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += parallel) {
    for (const found of await Promise.all(items.slice(i, i + parallel).map(check))) out.push(...found);
  }
  return out;
}

/** Values of another JSON type than `value`'s (never null: several fields accept null on purpose). */
export function wrongTypesOf(value: unknown): unknown[] {
  if (typeof value === 'string') return [42, true, { $ne: '' }, ['x']];
  if (typeof value === 'number') return ['1', true, { $gt: 0 }, [1]];
  if (typeof value === 'boolean') return ['true', 1, {}];
  if (Array.isArray(value)) return ['x', { 0: 'x' }, 1];
  return ['x', 1, [value]];
}

export interface LeafVariant {
  /** Dotted path of the changed field (`call.to_number`, `keywords.0`). */
  field: string;
  path: string[];
  value: unknown;
  body: Record<string, unknown>;
}

/**
 * Every leaf of `body` (and every array and nested object), each replaced in turn by each of `valuesFor(leaf)`:
 * one variant per field and value, the rest of the body left valid.
 */
export function leafVariants(
  body: Record<string, unknown>,
  valuesFor: (current: unknown) => unknown[],
  options: { leavesOnly?: boolean } = {},
): LeafVariant[] {
  const out: LeafVariant[] = [];
  const walk = (node: unknown, path: string[]) => {
    const container = typeof node === 'object' && node !== null;
    if (path.length > 0 && (!container || !options.leavesOnly)) {
      for (const value of valuesFor(node))
        out.push({ field: path.join('.'), path, value, body: withValue(body, path, value) });
    }
    if (container) for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(body, []);
  return out;
}

/** A copy of `body` with the value at `path` replaced. */
export function withValue(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

/** The value at a dotted path of a JSON answer. */
export const valueAt = (body: unknown, field: string): unknown =>
  field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);

/** The injection strings for a string leaf; nothing for other leaves. */
export const injectionsFor = (current: unknown): string[] => (typeof current === 'string' ? INJECTIONS : []);

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Bearer tokens that must all be refused with 401: forged (wrong secret, `alg: none`, HS512, a payload edited
 * under the original signature), expired or not yet valid though signed with the app's own secret, and
 * garbage. `userId` is a real user, so only the token itself is wrong.
 */
export function forgedTokens(userId: string): [string, string][] {
  const payload = { sub: userId, ver: 1 };
  const own = new JwtService({ secret: TEST_JWT_SECRET });
  const [header, , signature] = own.sign(payload, { expiresIn: 60 }).split('.');
  const now = Math.floor(Date.now() / 1000);
  return [
    ['garbage', 'not-a-token'],
    ['wrong secret', new JwtService({ secret: 'another-secret-another-secret-another-secret' }).sign(payload)],
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...payload, exp: now + 3600 })}.`],
    ['HS512 with the right secret', own.sign(payload, { algorithm: 'HS512' })],
    ['payload edited under the signature', `${header}.${b64({ ...payload, exp: now + 86_400 })}.${signature}`],
    ['expired', own.sign({ ...payload, iat: now - 120 }, { expiresIn: 60 })],
    ['not valid yet', own.sign(payload, { notBefore: 3600 })],
    ['SQL', "'; DROP TABLE users; --"],
    ['API key with SQL', "swb_abcdefabcdef_'; DROP TABLE api_keys; --"],
  ];
}

/** The process is up and ready: liveness and readiness both 200. */
export async function healthStatuses(baseUrl: string): Promise<number[]> {
  const live = await send(baseUrl, { method: 'GET', path: '/health/live' });
  const ready = await send(baseUrl, { method: 'GET', path: '/health/ready' });
  return [live.status, ready.status];
}
