import { DataSource } from 'typeorm';
import { verifyRetellSignature } from 'src/mcp-servers/webhook/signatures';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolPrincipal } from 'src/orchestrator/tool.types';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { Integration } from 'src/platform/credentials/integration.entity';
import { FakeHttpServer } from 'test/fakes/fake-http-server';
import { FakeRetell } from 'test/fakes/fake-retell';
import { postSignedToRetellEndpoint, retellSignature, retellWebhook } from 'test/fakes/retell-signer';
import { seedCompany } from 'test/support/seed';
import { failureOf } from 'test/support/failure';
import { startTestApp, TestApp } from 'test/support/test-app';

const PLATFORM_KEY = 'key_platform_workspace_0001';
const COMPANY_KEY = 'key_company_own_secret_9876';

const admin = (companyId: string): ToolPrincipal => ({ kind: 'user', id: 'u1', role: 'company_admin', companyId });

describe('retell server (against FakeRetell)', () => {
  let fake: FakeRetell;
  let t: TestApp;
  let ds: DataSource;
  let orchestrator: McpOrchestrator;
  /** Has its own Retell key. */
  let ownKeyCompany: string;
  /** Uses the platform workspace key; its branch answers with agent_b. */
  let platformCompany: string;
  /** Another company on the platform workspace (agent_c). */
  let otherCompany: string;

  const exec = <T = Record<string, unknown>>(tool: string, params: unknown, companyId: string) =>
    orchestrator.execute<T>('retell', tool, params, { principal: admin(companyId) });

  const fail = failureOf;

  async function companyWithKey(apiKey: string, name = 'Key Co'): Promise<string> {
    const company = await seedCompany(ds, name);
    await t.app.get(CredentialsService).put(company.id, 'retell', { apiKey }, {});
    return company.id;
  }

  async function branch(companyId: string, retellAgentId: string | null, name = 'Mitte'): Promise<Branch> {
    return ds.getRepository(Branch).save({ companyId, name, timezone: 'Europe/Berlin', retellAgentId });
  }

  beforeAll(async () => {
    fake = await new FakeRetell(PLATFORM_KEY, COMPANY_KEY).start();
    t = await startTestApp({
      env: { RETELL_API_URL: fake.url, RETELL_API_KEY: PLATFORM_KEY, OUTBOUND_ALLOW_PRIVATE: 'true' },
    });
    ds = t.dataSource;
    orchestrator = t.app.get(McpOrchestrator);
    ownKeyCompany = await companyWithKey(COMPANY_KEY, 'Own Key GmbH');
    platformCompany = (await seedCompany(ds, 'Platform Praxis')).id;
    otherCompany = (await seedCompany(ds, 'Other Praxis')).id;
    await branch(platformCompany, 'agent_b');
    await branch(otherCompany, 'agent_c');
    for (const id of ['agent_a', 'agent_b', 'agent_c']) fake.addAgent({ agent_id: id, agent_name: `Agent ${id}` });
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 5; i++) fake.addCall({ call_id: `call_a${i}`, agent_id: 'agent_a', start_timestamp: base + i });
    fake.addCall({ call_id: 'call_b0', agent_id: 'agent_b', start_timestamp: base + 10 });
    fake.addCall({ call_id: 'call_c0', agent_id: 'agent_c', start_timestamp: base + 20 });
  });

  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  afterEach(() => fake.clearFaults());

  describe('list_agents', () => {
    it("lists the company's workspace with its own key, sending exactly Bearer <key>", async () => {
      const before = fake.requests.length;
      const result = await exec<{ items: { agentId: string; name: string }[]; total: number }>(
        'list_agents',
        {},
        ownKeyCompany,
      );
      expect(result.items.map((a) => a.agentId).sort()).toEqual(['agent_a', 'agent_b', 'agent_c']);
      expect(result.items[0]).toMatchObject({ name: expect.stringMatching(/^Agent /), version: 1, isPublished: true });
      const [req] = fake.requests.slice(before);
      expect(req).toMatchObject({ method: 'GET', path: '/list-agents', rawBody: '' });
      expect(req.headers.authorization).toBe(`Bearer ${COMPANY_KEY}`);
      expect(req.headers.accept).toBe('application/json');
      expect(JSON.stringify(result)).not.toContain(COMPANY_KEY);
    });

    it("on the platform key, shows only the agents of the caller's branches and numbers", async () => {
      const before = fake.requests.length;
      const result = await exec<{ items: { agentId: string }[] }>('list_agents', {}, platformCompany);
      expect(result.items.map((a) => a.agentId)).toEqual(['agent_b']);
      expect(fake.requests.slice(before)[0].headers.authorization).toBe(`Bearer ${PLATFORM_KEY}`);
    });
  });

  describe('get_agent', () => {
    it('returns one agent', async () => {
      const agent = await exec('get_agent', { agentId: 'agent_a' }, ownKeyCompany);
      expect(agent).toMatchObject({ agentId: 'agent_a', name: 'Agent agent_a' });
      expect(fake.requestsTo('GET', '/get-agent/agent_a').length).toBeGreaterThan(0);
    });

    it("Retell's 404 is NOT_FOUND", async () => {
      expect(await fail(exec('get_agent', { agentId: 'agent_missing' }, ownKeyCompany))).toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it("on the platform key, another company's agent is NOT_FOUND without asking Retell", async () => {
      const before = fake.requests.length;
      expect(await fail(exec('get_agent', { agentId: 'agent_c' }, platformCompany))).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(fake.requests.length).toBe(before);
      expect(await exec('get_agent', { agentId: 'agent_b' }, platformCompany)).toMatchObject({ agentId: 'agent_b' });
    });

    it.each([{ agentId: '../list-agents' }, { agentId: '' }, {}, { agentId: 42 }])(
      'rejects %j as INVALID_INPUT',
      async (input) => {
        const before = fake.requests.length;
        expect(await fail(exec('get_agent', input, ownKeyCompany))).toMatchObject({ code: 'INVALID_INPUT' });
        expect(fake.requests.length).toBe(before);
      },
    );
  });

  describe('get_call', () => {
    it('returns the call as a domain object (ISO times, no raw vendor fields)', async () => {
      const call = await exec<Record<string, unknown>>('get_call', { callId: 'call_a1' }, ownKeyCompany);
      expect(call).toMatchObject({ callId: 'call_a1', agentId: 'agent_a', status: 'ended', direction: 'inbound' });
      expect(call.startedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
      expect(call).not.toHaveProperty('call_id');
      expect(fake.requestsTo('GET', '/v2/get-call/call_a1').at(-1)!.headers.authorization).toBe(
        `Bearer ${COMPANY_KEY}`,
      );
    });

    it("on the platform key, another company's call is NOT_FOUND", async () => {
      expect(await fail(exec('get_call', { callId: 'call_c0' }, platformCompany))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await exec('get_call', { callId: 'call_b0' }, platformCompany)).toMatchObject({ callId: 'call_b0' });
    });

    it('a missing call is NOT_FOUND; a bad id INVALID_INPUT', async () => {
      expect(await fail(exec('get_call', { callId: 'call_nope' }, ownKeyCompany))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await fail(exec('get_call', { callId: 'a/b' }, ownKeyCompany))).toMatchObject({ code: 'INVALID_INPUT' });
    });

    it('an answer of the wrong shape is UPSTREAM_REJECTED', async () => {
      fake.inject({ path: '/v2/get-call/', respond: { status: 200, body: { hello: 'world' } } });
      expect(await fail(exec('get_call', { callId: 'call_a1' }, ownKeyCompany))).toMatchObject({
        code: 'UPSTREAM_REJECTED',
      });
    });
  });

  describe('list_calls (v3)', () => {
    it('pages through all calls with pagination_key, newest first', async () => {
      const before = fake.requests.length;
      const seen: string[] = [];
      let key: string | null | undefined;
      let pages = 0;
      do {
        const page = await exec<{ items: { callId: string }[]; hasMore: boolean; nextPaginationKey: string | null }>(
          'list_calls',
          { limit: 3, ...(key ? { paginationKey: key } : {}) },
          ownKeyCompany,
        );
        seen.push(...page.items.map((c) => c.callId));
        key = page.nextPaginationKey;
        expect(page.hasMore).toBe(key !== null);
        pages++;
      } while (key && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(['call_c0', 'call_b0', 'call_a4', 'call_a3', 'call_a2', 'call_a1', 'call_a0']);
      const requests = fake.requests.slice(before);
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /v3/list-calls'));
      expect(requests[0].headers['content-type']).toBe('application/json');
      expect(requests[0].headers.authorization).toBe(`Bearer ${COMPANY_KEY}`);
      expect(requests[0].body).toEqual({ limit: 3, sort_order: 'descending' });
      expect(requests[1].body).toEqual({ limit: 3, sort_order: 'descending', pagination_key: 'call_a4' });
    });

    it("on the platform key, asks only for the company's agents and returns only their calls", async () => {
      const before = fake.requests.length;
      const page = await exec<{ items: { callId: string }[] }>('list_calls', {}, platformCompany);
      expect(page.items.map((c) => c.callId)).toEqual(['call_b0']);
      expect(fake.requests.slice(before)[0].body).toMatchObject({ filter_criteria: { agent_id: ['agent_b'] } });
      // Asking for another company's agent yields nothing, and Retell is not asked.
      const again = fake.requests.length;
      expect(await exec('list_calls', { agentId: 'agent_c' }, platformCompany)).toEqual({
        items: [],
        hasMore: false,
        nextPaginationKey: null,
      });
      expect(fake.requests.length).toBe(again);
    });

    it('even if Retell ignored the filter, no other agent’s call is returned', async () => {
      fake.inject({
        path: '/v3/list-calls',
        respond: {
          status: 200,
          body: { items: [...fake.calls.values()], has_more: false },
        },
      });
      const page = await exec<{ items: { callId: string }[] }>('list_calls', {}, platformCompany);
      expect(page.items.map((c) => c.callId)).toEqual(['call_b0']);
    });

    it.each([{ limit: 0 }, { limit: 101 }, { limit: 'ten' }, { sortOrder: 'sideways' }, { agentId: 'x y' }])(
      'rejects %j as INVALID_INPUT',
      async (input) => {
        expect(await fail(exec('list_calls', input, ownKeyCompany))).toMatchObject({ code: 'INVALID_INPUT' });
      },
    );
  });

  describe('vendor errors (every tool)', () => {
    const tools: [string, Record<string, unknown>, string][] = [
      ['list_agents', {}, '/list-agents'],
      ['get_agent', { agentId: 'agent_a' }, '/get-agent/'],
      ['get_call', { callId: 'call_a1' }, '/v2/get-call/'],
      ['list_calls', {}, '/v3/list-calls'],
      ['sync_phone_numbers', {}, '/list-phone-numbers'],
      ['test_connection', {}, '/list-agents'],
    ];

    it.each(tools)(
      '%s: a refused company key is UPSTREAM_UNAUTHORIZED, and the key appears nowhere',
      async (tool, params) => {
        const wrongKey = `key_wrong_${tool}_secret`;
        const companyId = await companyWithKey(wrongKey, `Wrong ${tool}`);
        const before = fake.requests.length;
        const error = await fail(exec(tool, params, companyId));
        expect(error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', retryable: false });
        const visible = JSON.stringify({ message: error.message, details: error.details, stack: error.stack });
        expect(visible).not.toContain(wrongKey);
        expect(visible).not.toContain(COMPANY_KEY);
        // Not retried: a refused key stays refused.
        expect(fake.requests.length - before).toBe(1);
        expect(fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${wrongKey}`);
      },
    );

    it.each(tools)('%s: 429 is RATE_LIMITED after the retries', async (tool, params, path) => {
      const companyId = await companyWithKey(COMPANY_KEY, `429 ${tool}`);
      fake.inject({ path, respond: { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '0' } } });
      const before = fake.requests.length;
      expect(await fail(exec(tool, params, companyId))).toMatchObject({ code: 'RATE_LIMITED' });
      expect(fake.requests.length - before).toBe(3);
    });

    it.each(tools)('%s: 5xx is UPSTREAM_UNAVAILABLE after the retries', async (tool, params, path) => {
      const companyId = await companyWithKey(COMPANY_KEY, `5xx ${tool}`);
      fake.inject({ path, respond: { status: 502, body: { message: 'bad gateway' } } });
      const before = fake.requests.length;
      expect(await fail(exec(tool, params, companyId))).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        retryable: true,
      });
      expect(fake.requests.length - before).toBe(3);
    });

    it.each(tools)('%s: 404 is NOT_FOUND', async (tool, params, path) => {
      const companyId = await companyWithKey(COMPANY_KEY, `404 ${tool}`);
      fake.inject({ path, respond: { status: 404, body: { message: 'not found' } } });
      expect(await fail(exec(tool, params, companyId))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('a company without a key of its own falls back to the platform key and sees none of its agents', async () => {
      const companyId = (await seedCompany(ds, 'Fallback')).id;
      await expect(exec('list_agents', {}, companyId)).resolves.toEqual({ items: [], total: 0 });
    });
  });

  describe('sync_phone_numbers', () => {
    it('creates, updates, skips and fails per number, and never touches another company', async () => {
      const company = (await seedCompany(ds, 'Sync Praxis')).id;
      const one = await branch(company, 'agent_s1', 'Eins');
      const two = await branch(company, 'agent_s2', 'Zwei');
      await branch(company, 'agent_dup', 'Dup 1');
      await branch(company, 'agent_dup', 'Dup 2');
      const other = (await seedCompany(ds, 'Sync Other')).id;
      const numbers = ds.getRepository(PhoneNumber);
      await numbers.save({ companyId: company, branchId: one.id, number: '+493012345602', retellAgentId: 'agent_s1' });
      await numbers.save({ companyId: other, branchId: null, number: '+493012345604', retellAgentId: null });

      fake.addPhoneNumber({ phone_number: '+493012345601', inbound_agent_id: 'agent_s1', nickname: 'Empfang' });
      fake.addPhoneNumber({ phone_number: '+493012345602', inbound_agent_id: 'agent_s2' });
      fake.addPhoneNumber({ phone_number: '+493012345603', inbound_agent_id: 'agent_elsewhere' });
      fake.addPhoneNumber({ phone_number: '+493012345605', inbound_agent_id: null });
      fake.addPhoneNumber({ phone_number: '+493012345604', inbound_agent_id: 'agent_s1' });
      fake.addPhoneNumber({ phone_number: '12', inbound_agent_id: 'agent_s2' });
      fake.addPhoneNumber({ phone_number: '+493012345606', inbound_agent_id: 'agent_dup' });

      const result = await exec<{
        created: number;
        updated: number;
        skipped: number;
        failed: number;
        numbers: unknown[];
      }>('sync_phone_numbers', {}, company);
      expect(result).toMatchObject({ created: 1, updated: 1, failed: 3 });
      // agent_elsewhere, no agent, and the numbers of earlier tests' agents.
      expect(result.skipped).toBe(fake.phoneNumbers.size - 5);
      expect(result.numbers).toEqual(
        expect.arrayContaining([
          { number: '+493012345601', outcome: 'created', branchId: one.id },
          { number: '+493012345602', outcome: 'updated', branchId: two.id },
          { number: '+493012345604', outcome: 'failed', reason: 'in use by another company', branchId: one.id },
          { number: '12', outcome: 'failed', reason: 'not a valid phone number' },
          { number: '+493012345606', outcome: 'failed', reason: 'several branches use its inbound agent' },
        ]),
      );

      const mine = await numbers.find({ where: { companyId: company }, order: { number: 'ASC' } });
      expect(mine.map((n) => [n.number, n.branchId, n.retellAgentId, n.label])).toEqual([
        ['+493012345601', one.id, 'agent_s1', 'Empfang'],
        ['+493012345602', two.id, 'agent_s2', null],
      ]);
      const theirs = await numbers.findOneByOrFail({ number: '+493012345604' });
      expect(theirs).toMatchObject({ companyId: other, branchId: null, retellAgentId: null });

      // Idempotent: a second run changes nothing.
      const again = await exec<{ created: number; updated: number; failed: number }>('sync_phone_numbers', {}, company);
      expect(again).toMatchObject({ created: 0, updated: 0, failed: 3 });
      expect(await numbers.countBy({ companyId: company })).toBe(2);
    });
  });

  describe('test_connection', () => {
    it('reports the key source and records the result on the integration', async () => {
      expect(await exec('test_connection', {}, ownKeyCompany)).toEqual({ ok: true, keySource: 'company' });
      expect(
        await ds.getRepository(Integration).findOneByOrFail({ companyId: ownKeyCompany, provider: 'retell' }),
      ).toMatchObject({ status: 'connected', lastTestOk: true });
      expect(await exec('test_connection', {}, platformCompany)).toEqual({ ok: true, keySource: 'platform' });
    });

    it('records a refused key as an error', async () => {
      const companyId = await companyWithKey('key_refused_for_test', 'Refused');
      expect(await fail(exec('test_connection', {}, companyId))).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED' });
      expect(await ds.getRepository(Integration).findOneByOrFail({ companyId, provider: 'retell' })).toMatchObject({
        status: 'error',
        lastTestOk: false,
      });
    });
  });

  describe('retell-signer', () => {
    it('signs what the app verifies (§1.4), and the test vector matches', async () => {
      const body = '{"event":"call_started","call":{"call_id":"call_123"}}';
      expect(retellSignature(body, 'key_test_webhook', 1764000000000)).toBe(
        'v=1764000000000,d=644f54afe1ee7287b1e14b97f166e459cdf000ecebc9f2b299c7b00212f407f1',
      );
      const header = retellSignature(body, COMPANY_KEY);
      expect(verifyRetellSignature(body, header, COMPANY_KEY)).toBe(true);
      expect(verifyRetellSignature(body, header, PLATFORM_KEY)).toBe(false);
    });

    it('posts the exact signed bytes with x-retell-signature', async () => {
      const receiver = new FakeHttpServer().route('POST', '/webhooks/retell', (req) => ({
        status: verifyRetellSignature(req.rawBody, req.headers['x-retell-signature'] as string, COMPANY_KEY)
          ? 204
          : 401,
      }));
      await receiver.start();
      try {
        const payload = retellWebhook('call_ended', {
          call_id: 'call_ü',
          agent_id: 'agent_a',
          transcript: 'Grüß Gott',
        });
        const ok = await postSignedToRetellEndpoint(receiver.url, '/webhooks/retell', payload, COMPANY_KEY);
        expect(ok.status).toBe(204);
        expect(receiver.requests[0].rawBody).toBe(ok.rawBody);
        expect(receiver.requests[0].headers['content-type']).toBe('application/json');
        const old = await postSignedToRetellEndpoint(receiver.url, '/webhooks/retell', payload, COMPANY_KEY, {
          timestampMs: Date.now() - 6 * 60_000,
        });
        expect(old.status).toBe(401);
        const wrong = await postSignedToRetellEndpoint(receiver.url, '/webhooks/retell', payload, PLATFORM_KEY);
        expect(wrong.status).toBe(401);
      } finally {
        await receiver.stop();
      }
    });
  });
});
