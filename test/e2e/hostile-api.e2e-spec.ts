import {
  ENCODED_TRAVERSALS,
  forgedTokens,
  healthStatuses,
  INJECTIONS,
  injectionsFor,
  leafVariants,
  MB,
  mismatches,
  parserCases,
  RAW_TRAVERSAL,
  refusalMismatch,
  send,
  valueAt,
  withValue,
  wrongTypesOf,
  type LeafVariant,
  type RawResponse,
} from 'test/support/hostile';
import { login, seedApiKey, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, type TestApp } from 'test/support/test-app';

/**
 * Hostile input on the authenticated edge (issue 10): the MCP endpoint, /api/mcp/execute and /batch, login
 * and the admin API. Every refusal is the right 4xx in the error envelope, never a 5xx; stored strings come
 * back byte for byte; forged tokens are refused everywhere; the process stays up after each batch.
 */

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let voiceKey: string;
let suId: string;
let seq = 0;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${++seq}`;

type Headers = Record<string, string | undefined>;
const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });
const MCP_ACCEPT = 'application/json, text/event-stream';

const request = (
  method: string,
  path: string,
  headers: Headers,
  body?: unknown,
  contentType: string | null = 'application/json',
) =>
  send(t.url, {
    method,
    path,
    headers: body === undefined ? headers : { 'content-type': contentType ?? undefined, ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
const asSu = (method: string, path: string, body?: unknown) => request(method, path, bearer(world.su), body);

/** A JSON-RPC request to /mcp with the voice key. */
const mcp = (message: object, headers: Headers = bearer(voiceKey)) =>
  request('POST', '/mcp', { accept: MCP_ACCEPT, ...headers }, { jsonrpc: '2.0', id: ++seq, ...message });

beforeAll(async () => {
  t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '1000' } });
  world = await seedTwoTenants(t);
  voiceKey = await seedApiKey(t, world.a.id, ['voice']);
  suId = (await t.dataSource.query(`SELECT id FROM users WHERE email = $1`, [TEST_ADMIN.email]))[0].id;
});

afterAll(() => t?.close());

afterEach(async () => {
  // The process is still up and ready after every batch.
  expect(await healthStatuses(t.url)).toEqual([200, 200]);
});

/** A create or update route of the admin API, with a valid body and the fields stored as free text. */
interface AdminRoute {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT';
  path: () => string;
  body: () => Record<string, unknown>;
  /** Fields taken as any text and returned verbatim; every other string field has a format to check. */
  freeText: string[];
  /** Secrets: any text is taken, and never shown again. */
  writeOnly?: string[];
  /** Where the stored row is read back, given the answer. */
  readBack: (res: RawResponse) => string;
}

const companyPath = () => `/api/companies/${world.a.id}`;
const byId = (path: () => string) => (res: RawResponse) => `${path()}/${res.body.id}`;
const itself = (path: () => string) => () => path();
let ids: { phone: string; document: string; channel: string; callback: string };

function adminRoutes(): AdminRoute[] {
  const branchBody = () => ({
    name: unique('Filiale'),
    timezone: 'Europe/Berlin',
    address: 'Hauptstr. 1, Berlin',
    businessHours: { mon: [['08:00', '12:00']] },
    specialDays: [{ date: '2050-12-24', intervals: [], note: 'Heiligabend' }],
    retellAgentId: 'agent_hostile',
  });
  const phoneBody = () => ({
    number: `+4930${String(Date.now() % 1e6).padStart(6, '0')}${String(++seq % 100).padStart(2, '0')}`,
    branchId: world.branchA,
    label: 'Empfang',
    retellAgentId: 'agent_hostile',
  });
  const serviceBody = () => ({
    name: unique('Zahnreinigung'),
    durationMinutes: 30,
    priceCents: 5000,
    keywords: ['pzr'],
    branchId: world.branchA,
  });
  const documentBody = () => ({
    title: unique('Öffnungszeiten'),
    content: 'Mo–Fr 8–18 Uhr',
    language: 'de',
    status: 'draft',
    tags: ['faq'],
  });
  const channelBody = () => ({ name: unique('Bereitschaft'), type: 'email', target: 'ops@example.com', enabled: true });
  const companies = () => '/api/companies';
  const branches = () => `${companyPath()}/branches`;
  const phones = () => `${companyPath()}/phone-numbers`;
  const services = () => `${companyPath()}/services`;
  const knowledge = () => `${companyPath()}/knowledge`;
  const channels = () => '/api/ops/alert-channels';
  return [
    {
      name: 'create company',
      method: 'POST',
      path: companies,
      body: () => ({ name: unique('Praxis'), timezone: 'Europe/Berlin', locale: 'de', country: 'DE' }),
      freeText: ['name'],
      readBack: byId(companies),
    },
    {
      name: 'update company',
      method: 'PATCH',
      path: companyPath,
      body: () => ({ name: unique('Praxis A'), settings: { bookingBufferMinutes: 15 } }),
      freeText: ['name'],
      readBack: itself(companyPath),
    },
    {
      name: 'create branch',
      method: 'POST',
      path: branches,
      body: branchBody,
      freeText: ['name', 'address', 'specialDays.0.note'],
      readBack: byId(branches),
    },
    {
      name: 'update branch',
      method: 'PATCH',
      path: () => `${branches()}/${world.branchA}`,
      body: () => ({ name: unique('Mitte'), address: 'Hauptstr. 2' }),
      freeText: ['name', 'address'],
      readBack: itself(() => `${branches()}/${world.branchA}`),
    },
    {
      name: 'create phone number',
      method: 'POST',
      path: phones,
      body: phoneBody,
      freeText: ['label'],
      readBack: byId(phones),
    },
    {
      name: 'update phone number',
      method: 'PATCH',
      path: () => `${phones()}/${ids.phone}`,
      body: () => ({ label: 'Empfang 2' }),
      freeText: ['label'],
      readBack: itself(() => `${phones()}/${ids.phone}`),
    },
    {
      name: 'create service',
      method: 'POST',
      path: services,
      body: serviceBody,
      freeText: ['name', 'keywords.0'],
      readBack: byId(services),
    },
    {
      name: 'create knowledge document',
      method: 'POST',
      path: knowledge,
      body: documentBody,
      freeText: ['title', 'content', 'tags.0'],
      readBack: byId(knowledge),
    },
    {
      name: 'update knowledge document',
      method: 'PATCH',
      path: () => `${knowledge()}/${ids.document}`,
      body: () => ({ title: unique('Anfahrt'), content: 'Bus 100' }),
      freeText: ['title', 'content'],
      readBack: itself(() => `${knowledge()}/${ids.document}`),
    },
    {
      name: 'update callback',
      method: 'PATCH',
      path: () => `${companyPath()}/callbacks/${ids.callback}`,
      body: () => ({ done: true }),
      freeText: [],
      readBack: () => `${companyPath()}/callbacks`,
    },
    {
      name: 'connect Cal.com',
      method: 'PUT',
      path: () => `${companyPath()}/integrations/calcom?validate=false`, // no Cal.com behind this test
      body: () => ({ apiKey: 'cal_live_hostile_0001', settings: {} }),
      freeText: [],
      writeOnly: ['apiKey'],
      readBack: itself(() => `${companyPath()}/integrations/calcom`),
    },
    {
      name: 'create alert channel',
      method: 'POST',
      path: channels,
      body: channelBody,
      freeText: ['name'],
      readBack: byId(channels),
    },
    {
      name: 'update alert channel',
      method: 'PATCH',
      path: () => `${channels()}/${ids.channel}`,
      body: () => ({ name: unique('Nacht'), minSeverity: 'critical' }),
      freeText: ['name'],
      readBack: itself(() => `${channels()}/${ids.channel}`),
    },
  ];
}

describe('admin API', () => {
  beforeAll(async () => {
    const phone = await asSu('POST', `${companyPath()}/phone-numbers`, { number: '+493099887766' });
    const document = await asSu('POST', `${companyPath()}/knowledge`, { title: 'Anfahrt', content: 'Bus 100' });
    const channel = await asSu('POST', '/api/ops/alert-channels', {
      name: 'Bereitschaft',
      type: 'email',
      target: 'ops@example.com',
    });
    const [callback] = await t.dataSource.query(
      `INSERT INTO callback_requests (company_id, phone, name) VALUES ($1, '+4915112345678', 'Anna') RETURNING id`,
      [world.a.id],
    );
    expect([phone.status, document.status, channel.status]).toEqual([201, 201, 201]);
    ids = { phone: phone.body.id, document: document.body.id, channel: channel.body.id, callback: callback.id };
  });

  it('refuses what the parser cannot take on every create and update route', async () => {
    const cases = adminRoutes().flatMap((route) => parserCases(MB).map((c) => ({ route, c })));
    const found = await mismatches(
      cases,
      async ({ route, c }) =>
        refusalMismatch(
          `${route.name}: ${c.name}`,
          await request(route.method, route.path(), bearer(world.su), c.body, c.contentType),
          c.status,
          c.field,
        ),
      4,
    );
    expect(found).toEqual([]);
  });

  it('refuses a wrong type in any field with 400 naming it', async () => {
    const cases = adminRoutes().flatMap((route) =>
      leafVariants(route.body(), wrongTypesOf).map((variant) => ({ route, variant })),
    );
    expect(cases.length).toBeGreaterThan(150);
    const found = await mismatches(cases, async ({ route, variant }) =>
      refusalMismatch(
        `${route.name}: ${variant.field}=${JSON.stringify(variant.value)}`,
        await asSu(route.method, route.path(), withValue(route.body(), variant.path, variant.value)),
        400,
        variant.field,
      ),
    );
    expect(found).toEqual([]);
  });

  it('stores injection strings in free-text fields verbatim and refuses them in formatted fields', async () => {
    const cases = adminRoutes().flatMap((route) =>
      leafVariants(route.body(), injectionsFor).map((variant) => ({ route, variant })),
    );
    const found = await mismatches(
      cases,
      async ({ route, variant }: { route: AdminRoute; variant: LeafVariant }) => {
        const name = `${route.name}: ${variant.field}=${JSON.stringify(variant.value)}`;
        const res = await asSu(route.method, route.path(), withValue(route.body(), variant.path, variant.value));
        const writeOnly = route.writeOnly?.includes(variant.field);
        if (!route.freeText.includes(variant.field) && !writeOnly)
          return refusalMismatch(name, res, 400, variant.field);
        const success = route.method === 'POST' ? 201 : 200;
        if (res.status !== success)
          return [`${name}: expected ${success}, got ${res.status} ${res.text.slice(0, 200)}`];
        const read = await asSu('GET', route.readBack(res));
        if (writeOnly) {
          const shown = [res.text, read.text].some((text) => text.includes(String(variant.value)));
          return read.status === 200 && !shown ? [] : [`${name}: read back ${read.status}, shown: ${shown}`];
        }
        const echoed = [valueAt(res.body, variant.field), valueAt(read.body, variant.field)];
        return echoed.every((v) => v === variant.value) ? [] : [`${name}: came back as ${JSON.stringify(echoed)}`];
      },
      1, // one at a time: the update routes change the same row
    );
    expect(found).toEqual([]);
  });

  it('refuses invalid phone numbers, dates and times with 400 naming the field', async () => {
    const phones = ['12345', '+49', '+4930123456789012345', 'abc', '+999123456789', '0000000000', "030'; DROP", ' '];
    const dates = ['2024-02-30', '2024-13-01', 'yesterday', '0000-00-00', '2024-1-1', '99999-01-01', '<script>'];
    const times = ['25:00', '12:60', 'noon', '8:00', "08:00'; --"];
    const cases: { name: string; method: string; path: string; body?: unknown; field: string }[] = [
      ...phones.map((number) => ({
        name: `phone number ${number}`,
        method: 'POST',
        path: `${companyPath()}/phone-numbers`,
        body: { number },
        field: 'number',
      })),
      ...phones.map((phone) => ({
        name: `appointments ?phone=${phone}`,
        method: 'GET',
        path: `${companyPath()}/appointments?phone=${encodeURIComponent(phone)}`,
        field: 'phone',
      })),
      ...dates.map((date) => ({
        name: `special day ${date}`,
        method: 'POST',
        path: `${companyPath()}/branches`,
        body: { name: unique('x'), specialDays: [{ date, intervals: [] }] },
        field: 'specialDays.0.date',
      })),
      ...times.map((time) => ({
        name: `business hours ${time}`,
        method: 'POST',
        path: `${companyPath()}/branches`,
        body: { name: unique('x'), businessHours: { mon: [[time, '18:00']] } },
        field: 'businessHours',
      })),
      ...['calls', 'callbacks', 'appointments'].flatMap((list) =>
        ['from', 'to'].flatMap((param) =>
          [...dates, '2024-02-30T10:00:00Z', "2024-01-01'; DROP TABLE calls; --"].map((date) => ({
            name: `${list} ?${param}=${date}`,
            method: 'GET',
            path: `${companyPath()}/${list}?${param}=${encodeURIComponent(date)}`,
            field: param,
          })),
        ),
      ),
    ];
    const found = await mismatches(cases, async (c) =>
      refusalMismatch(c.name, await asSu(c.method, c.path, c.body), 400, c.field),
    );
    expect(found).toEqual([]);
  });

  it('refuses hostile query parameters with 400 and searches injection text as plain text', async () => {
    const calls = `${companyPath()}/calls`;
    const refused: [string, string][] = [
      [`${calls}?page=-1`, 'page'],
      [`${calls}?page=abc`, 'page'],
      [`${calls}?page=1&page=2`, 'page'],
      [`${calls}?pageSize=1000`, 'pageSize'],
      [`${calls}?status=${encodeURIComponent(INJECTIONS[1])}`, 'status'],
      [`${calls}?hasAppointment=maybe`, 'hasAppointment'],
      [`${calls}?branchId=${ENCODED_TRAVERSALS[0]}`, 'branchId'],
      [`${calls}?q=x`, 'q'],
      [`${calls}?${encodeURIComponent(INJECTIONS[0])}=1`, INJECTIONS[0]],
      [`${companyPath()}/callbacks?done=${encodeURIComponent(INJECTIONS[0])}`, 'done'],
      [`/api/ops/alerts?companyId=${ENCODED_TRAVERSALS[1]}`, 'companyId'],
    ];
    const found = await mismatches(refused, async ([path, field]) =>
      refusalMismatch(`GET ${path}`, await asSu('GET', path), 400, field),
    );
    for (const text of INJECTIONS) {
      for (const path of [`${calls}?q=`, `${companyPath()}/knowledge/search?q=`]) {
        const res = await asSu('GET', `${path}${encodeURIComponent(text)}`);
        if (res.status !== 200 || !Array.isArray(res.body.items))
          found.push(`${path}${text}: ${res.status} ${res.text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('refuses path traversal in every id with 400 naming the parameter (404 when the slashes are real)', async () => {
    const a = companyPath();
    const routes: [string, string, string][] = [
      ['GET', '/api/companies/:id', 'companyId'],
      ['PATCH', '/api/companies/:id', 'companyId'],
      ['DELETE', '/api/companies/:id', 'companyId'],
      ['GET', '/api/companies/:id/calls', 'companyId'],
      ['GET', `${a}/branches/:id`, 'branchId'],
      ['PATCH', `${a}/branches/:id`, 'branchId'],
      ['DELETE', `${a}/phone-numbers/:id`, 'phoneNumberId'],
      ['GET', `${a}/services/:id`, 'serviceId'],
      ['PATCH', `${a}/knowledge/:id`, 'documentId'],
      ['PATCH', `${a}/callbacks/:id`, 'callbackId'],
      ['GET', `${a}/calls/:id`, 'callId'],
      ['DELETE', `${a}/api-keys/:id`, 'apiKeyId'],
      ['GET', '/api/ops/alert-channels/:id', 'id'],
      ['GET', '/api/webhook-events/:id', 'id'],
    ];
    const cases = routes.flatMap(([method, pattern, field]) => [
      ...ENCODED_TRAVERSALS.map((id) => ({ method, path: pattern.replace(':id', id), status: 400, field })),
      { method, path: pattern.replace(':id', RAW_TRAVERSAL), status: 404, field: undefined },
    ]);
    const found = await mismatches(cases, async (c) =>
      refusalMismatch(
        `${c.method} ${c.path}`,
        await asSu(c.method, c.path, c.method === 'GET' ? undefined : {}),
        c.status,
        c.field,
      ),
    );
    expect(found).toEqual([]);
  });
});

describe('forged, expired and misplaced credentials', () => {
  it('refuses every forged or expired token with 401 on every endpoint family', async () => {
    const targets: [string, string, unknown?][] = [
      ['GET', '/api/companies'],
      ['POST', `${companyPath()}/branches`, { name: 'x' }],
      ['PATCH', `${companyPath()}/phone-numbers/${ids.phone}`, { label: 'x' }],
      ['GET', `${companyPath()}/calls`],
      ['GET', '/api/ops/alert-channels'],
      ['POST', '/api/mcp/execute', { server: 'knowledge', tool: 'search', params: { query: 'x' } }],
      ['POST', '/api/mcp/batch', { calls: [{ server: 'knowledge', tool: 'search', params: { query: 'x' } }] }],
      ['POST', '/mcp', { jsonrpc: '2.0', id: 1, method: 'tools/list' }],
    ];
    const cases = targets.flatMap(([method, path, body]) =>
      forgedTokens(suId).map(([name, token]) => ({ method, path, body, name, token })),
    );
    const found = await mismatches(cases, async (c) => {
      const res = await request(c.method, c.path, { accept: MCP_ACCEPT, ...bearer(c.token) }, c.body);
      const problems = refusalMismatch(`${c.method} ${c.path} with ${c.name}`, res, 401);
      if (c.path === '/mcp' && !String(res.headers['www-authenticate']).startsWith('Bearer')) {
        problems.push(`/mcp with ${c.name}: no WWW-Authenticate bearer challenge`);
      }
      return problems;
    });
    expect(found).toEqual([]);
    // The same user's real token passes on the same routes: the token alone was refused.
    expect((await asSu('GET', '/api/companies')).status).toBe(200);
  });

  it('MCP takes only a company key: a user token is 403; a key revoked through the API is 401 at once', async () => {
    const asUser = await mcp({ method: 'tools/list' }, bearer(world.su));
    expect(refusalMismatch('/mcp as a user', asUser, 403)).toEqual([]);
    const created = await asSu('POST', `${companyPath()}/api-keys`, { name: 'MCP agent', scopes: ['voice'] });
    expect(created.status).toBe(201);
    expect((await mcp({ method: 'tools/list' }, bearer(created.body.secret))).status).toBe(200);
    expect((await asSu('DELETE', `${companyPath()}/api-keys/${created.body.id}`)).status).toBe(204);
    const revoked = await mcp({ method: 'tools/list' }, bearer(created.body.secret));
    expect(refusalMismatch('/mcp with a revoked key', revoked, 401)).toEqual([]);
  });
});

describe('MCP endpoint and tool execution', () => {
  it('refuses what the parser cannot take on /mcp, /api/mcp/execute, /api/mcp/batch and login', async () => {
    const routes: [string, Headers][] = [
      ['/mcp', { accept: MCP_ACCEPT, ...bearer(voiceKey) }],
      ['/api/mcp/execute', bearer(world.su)],
      ['/api/mcp/batch', bearer(world.su)],
      ['/api/auth/login', {}],
    ];
    const cases = routes.flatMap(([path, headers]) => parserCases(MB).map((c) => ({ path, headers, c })));
    const found = await mismatches(cases, async ({ path, headers, c }) =>
      refusalMismatch(
        `${path}: ${c.name}`,
        await request('POST', path, headers, c.body, c.contentType),
        c.status,
        c.field,
      ),
    );
    expect(found).toEqual([]);
  });

  it('answers injections and wrong types in every argument of every voice tool without an internal error', async () => {
    const listed = await mcp({ method: 'tools/list' });
    const tools = listed.body.result.tools as {
      name: string;
      inputSchema: { properties?: Record<string, { type?: string }> };
    }[];
    const sample: Record<string, unknown> = {
      string: 'x',
      integer: 1,
      number: 1,
      boolean: true,
      array: [],
      object: {},
    };
    const cases = tools.flatMap((tool) =>
      Object.entries(tool.inputSchema.properties ?? {}).flatMap(([arg, schema]) => {
        const current = sample[schema.type ?? 'string'] ?? 'x';
        return [...injectionsFor(typeof current === 'string' ? current : ''), ...wrongTypesOf(current)].map(
          (value) => ({
            tool: tool.name,
            arg,
            value,
          }),
        );
      }),
    );
    expect(cases.length).toBeGreaterThan(100);
    const found = await mismatches(cases, async (c) => {
      const res = await mcp({ method: 'tools/call', params: { name: c.tool, arguments: { [c.arg]: c.value } } });
      const result = res.body?.result as { structuredContent?: { error?: string } } | undefined;
      const protocolError = res.body?.error as { code: number } | undefined;
      // A tool answers (maybe with ok: false), or the protocol refuses the arguments (-32602); never INTERNAL.
      const fine =
        res.status === 200 &&
        ((result && result.structuredContent?.error !== 'INTERNAL') || protocolError?.code === -32602);
      return fine ? [] : [`${c.tool}(${c.arg}=${JSON.stringify(c.value)}): ${res.status} ${res.text.slice(0, 200)}`];
    });
    expect(found).toEqual([]);
    const unknown = await mcp({ method: 'tools/call', params: { name: RAW_TRAVERSAL, arguments: {} } });
    expect(unknown.body.error).toMatchObject({ code: -32602 });
  });

  it('/api/mcp/execute and /batch: wrong types and injections in names are 400; in tool input, the tool refuses', async () => {
    const base = { server: 'knowledge', tool: 'search', params: { query: 'Öffnungszeiten' }, companyId: world.a.id };
    const variants = leafVariants(base, (v) => [...injectionsFor(v), ...wrongTypesOf(v)]);
    const found = await mismatches(variants, async (v) => {
      const name = `${v.field}=${JSON.stringify(v.value)}`;
      const execute = await asSu('POST', '/api/mcp/execute', v.body);
      const batch = await asSu('POST', '/api/mcp/batch', { calls: [v.body] });
      if (v.field === 'params.query') {
        // Text is a search term; anything else is the tool's own 400 (inside the batch: that call's error).
        if (typeof v.value === 'string') {
          return execute.status === 200 && batch.body?.results?.[0]?.ok === true ? [] : [`${name}: ${execute.text}`];
        }
        const batchError = batch.status === 200 && batch.body.results[0].error?.code === 'INVALID_INPUT';
        return [
          ...refusalMismatch(`execute ${name}`, execute, 400, 'query'),
          ...(batchError ? [] : [`batch ${name}: ${batch.text}`]),
        ];
      }
      return [
        ...refusalMismatch(`execute ${name}`, execute, 400, v.field),
        ...refusalMismatch(`batch ${name}`, batch, 400, `calls.0.${v.field}`),
      ];
    });
    const tooMany = await asSu('POST', '/api/mcp/batch', { calls: Array.from({ length: 21 }, () => base) });
    found.push(...refusalMismatch('batch of 21', tooMany, 400, 'calls'));
    found.push(...refusalMismatch('empty batch', await asSu('POST', '/api/mcp/batch', { calls: [] }), 400, 'calls'));
    const nested = await asSu('POST', '/api/mcp/batch', { calls: [[base]] });
    found.push(...refusalMismatch('batch of a nested list', nested, 400, 'calls'));
    expect(found).toEqual([]);
  });
});

describe('login', () => {
  it('refuses wrong types and malformed e-mails with 400, and injection as a password with 401', async () => {
    const variants = leafVariants({ email: TEST_ADMIN.email, password: 'a-guess-of-sorts' }, (v) => [
      ...injectionsFor(v),
      ...wrongTypesOf(v),
    ]);
    const found = await mismatches(variants, async (v) => {
      const res = await request('POST', '/api/auth/login', {}, v.body);
      const name = `login ${v.field}=${JSON.stringify(v.value)}`;
      return v.field === 'password' && typeof v.value === 'string'
        ? refusalMismatch(name, res, 401)
        : refusalMismatch(name, res, 400, v.field);
    });
    expect(found).toEqual([]);
    await login(t, TEST_ADMIN.email, TEST_ADMIN.password);
  });
});

describe('login throttling per address (password spraying)', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '2' } });
  });
  afterAll(() => limited?.close());

  it('answers 429 once one address has tried 10× the per-account limit, each account only once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await send(limited.url, {
        path: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `sprayed-${i}@test.local`, password: 'Winter2026!' }),
      });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(refusalMismatch('sprayed login', res, 429)).toEqual([]);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    // Per account the limit is 2, but no account was tried twice: the 21st attempt from the address is refused.
    expect(statuses).toEqual([...Array(20).fill(401), 429, 429]);
    const right = await send(limited.url, {
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    expect(right.status).toBe(429);
    expect(await healthStatuses(limited.url)).toEqual([200, 200]);
  });
});
