import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import request from 'supertest';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { McpServer, McpServerOptions, Tool } from 'src/orchestrator/tool.decorator';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import type { ToolContext, ToolPrincipal } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { login } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

class KeyInput {
  @IsString() key: string;
  @IsOptional() @IsInt() @Min(0) @Max(60_000) delayMs?: number;
}

/** A controllable upstream: each key has a script of outcomes, and every call is logged. */
class Upstream {
  calls: { tool: string; key: string; companyId: string | null }[] = [];
  scripts = new Map<string, ('ok' | '503' | '400' | '429' | 'hang')[]>();

  async handle(tool: string, input: KeyInput, ctx: ToolContext): Promise<{ key: string; n: number }> {
    this.calls.push({ tool, key: input.key, companyId: ctx.companyId });
    const next = this.scripts.get(input.key)?.shift() ?? 'ok';
    if (input.delayMs) await new Promise((r) => setTimeout(r, input.delayMs));
    if (next === '503') throw new AppError('UPSTREAM_UNAVAILABLE', 'vendor 503');
    if (next === '400') throw new AppError('UPSTREAM_REJECTED', 'vendor 400');
    if (next === '429') throw new AppError('RATE_LIMITED', 'vendor 429', [], 0);
    if (next === 'hang') await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
    return { key: input.key, n: this.calls.length };
  }

  count(tool: string, key?: string): number {
    return this.calls.filter((c) => c.tool === tool && (key === undefined || c.key === key)).length;
  }
}

function fakeServer(name: string, upstream: Upstream, options: McpServerOptions) {
  @Injectable()
  @McpServer(name, options)
  class FakeServer {
    @Tool({
      name: 'read',
      description: 'idempotent read',
      input: KeyInput,
      access: 'tenant-read',
      idempotent: true,
      timeoutMs: 300,
    })
    read(input: KeyInput, ctx: ToolContext) {
      return upstream.handle('read', input, ctx);
    }

    @Tool({
      name: 'write',
      description: 'not idempotent',
      input: KeyInput,
      access: 'tenant-write',
      idempotent: false,
      timeoutMs: 300,
    })
    write(input: KeyInput, ctx: ToolContext) {
      return upstream.handle('write', input, ctx);
    }

    @Tool({
      name: 'cached',
      description: 'cached read',
      input: KeyInput,
      access: 'tenant-read',
      idempotent: true,
      timeoutMs: 300,
      cacheTtlSeconds: 60,
      cacheTags: (p: KeyInput) => [`key:${p.key}`],
    })
    cached(input: KeyInput, ctx: ToolContext) {
      return upstream.handle('cached', input, ctx);
    }

    @Tool({
      name: 'stale',
      description: 'cached, stale on error',
      input: KeyInput,
      access: 'tenant-read',
      idempotent: true,
      timeoutMs: 300,
      cacheTtlSeconds: 1,
      staleOnError: true,
    })
    stale(input: KeyInput, ctx: ToolContext) {
      return upstream.handle('stale', input, ctx);
    }

    @Tool({
      name: 'admin_only',
      description: 'platform',
      input: KeyInput,
      access: 'platform',
      idempotent: true,
      timeoutMs: 300,
    })
    adminOnly(input: KeyInput, ctx: ToolContext) {
      return upstream.handle('admin_only', input, ctx);
    }
  }
  return new FakeServer();
}

const SU: ToolPrincipal = { kind: 'user', id: 'su', role: 'super_admin', companyId: null };
const BREAKER = {
  consecutiveFailures: 3,
  failureRate: 0.9,
  windowMs: 10_000,
  minimumCalls: 1000,
  halfOpenAfterMs: 300,
};

describe('McpOrchestrator (real Redis, controllable upstream)', () => {
  const prefix = `shared-${randomUUID().slice(0, 8)}`;
  let one: TestApp;
  let two: TestApp;
  const upstream = new Upstream();
  const upstream2 = new Upstream();
  let orchestrator: McpOrchestrator;
  const company = () => randomUUID();
  const run = (tool: string, params: object, companyId: string, o = orchestrator) =>
    o.execute('fake', tool, params, { principal: SU, companyId });

  beforeAll(async () => {
    // Two instances sharing one Redis prefix, as two pods would.
    one = await startTestApp({ env: { REDIS_KEY_PREFIX: prefix } });
    two = await startTestApp({ env: { REDIS_KEY_PREFIX: prefix } });
    for (const [t, u] of [
      [one, upstream],
      [two, upstream2],
    ] as const) {
      const registry = t.app.get(ToolRegistry);
      registry.register({ name: 'fake', options: { breaker: BREAKER } }, fakeServer('fake', u, { breaker: BREAKER }));
      registry.register({ name: 'limited', options: { rateLimit: { perMinute: 4 } } }, fakeServer('limited', u, {}));
    }
    orchestrator = one.app.get(McpOrchestrator);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });
  beforeEach(() => {
    upstream.calls = [];
    upstream2.calls = [];
  });

  describe('retry', () => {
    it('retries an idempotent tool through two 503s and succeeds on the third attempt', async () => {
      upstream.scripts.set('r1', ['503', '503', 'ok']);
      await expect(run('read', { key: 'r1' }, company())).resolves.toMatchObject({ key: 'r1' });
      expect(upstream.count('read', 'r1')).toBe(3);
    });

    it('does not retry a non-idempotent tool, nor a vendor 4xx', async () => {
      upstream.scripts.set('w1', ['503', 'ok']);
      await expect(run('write', { key: 'w1' }, company())).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      expect(upstream.count('write', 'w1')).toBe(1);
      upstream.scripts.set('r400', ['400', 'ok']);
      await expect(run('read', { key: 'r400' }, company())).rejects.toMatchObject({ code: 'UPSTREAM_REJECTED' });
      expect(upstream.count('read', 'r400')).toBe(1);
    });
  });

  describe('circuit breaker', () => {
    it('opens after the configured failures, fails fast without upstream, probes half-open and closes on success', async () => {
      const a = company();
      // The breaker sits outside retry: it counts failed calls. The non-idempotent tool makes one attempt each.
      upstream.scripts.set('b1', Array(3).fill('503'));
      for (let i = 0; i < 3; i++) {
        await expect(run('write', { key: 'b1' }, a)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      }
      expect(upstream.count('write', 'b1')).toBe(3);
      const before = upstream.calls.length;
      const started = performance.now();
      await expect(run('read', { key: 'b1' }, a)).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
      expect(performance.now() - started).toBeLessThan(50);
      expect(upstream.calls.length).toBe(before);
      expect(await one.app.get(CircuitBreakerService).list()).toEqual(
        expect.arrayContaining([expect.objectContaining({ server: 'fake', companyId: a, state: 'open' })]),
      );

      await new Promise((r) => setTimeout(r, 350));
      upstream.scripts.set('b1', ['ok']);
      await expect(run('read', { key: 'b1' }, a)).resolves.toMatchObject({ key: 'b1' });
      await expect(run('read', { key: 'other' }, a)).resolves.toBeDefined();
      expect((await one.app.get(CircuitBreakerService).list()).find((c) => c.companyId === a)).toBeUndefined();
    });

    it("keeps company B's breaker closed while company A's is open", async () => {
      const [a, b] = [company(), company()];
      upstream.scripts.set('iso', Array(3).fill('503'));
      for (let i = 0; i < 3; i++)
        await expect(run('write', { key: 'iso' }, a)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      await expect(run('read', { key: 'iso' }, a)).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
      await expect(run('read', { key: 'iso' }, b)).resolves.toMatchObject({ key: 'iso' });
    });

    it('never opens on invalid input or our own rate limiting', async () => {
      const a = company();
      for (let i = 0; i < 6; i++) {
        await expect(run('read', { key: 42 }, a)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      }
      await expect(run('read', { key: 'fine' }, a)).resolves.toMatchObject({ key: 'fine' });
    });

    it('a reset on one instance closes the breaker on another', async () => {
      const a = company();
      const other = two.app.get(McpOrchestrator);
      upstream2.scripts.set('x', Array(3).fill('503'));
      for (let i = 0; i < 3; i++) {
        await expect(run('write', { key: 'x' }, a, other)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
      }
      await expect(run('read', { key: 'x' }, a, other)).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
      // Instance one resets it; instance two hears it over pub/sub.
      await one.app.get(CircuitBreakerService).reset('fake', a);
      const deadline = Date.now() + 3000;
      let result: unknown;
      while (Date.now() < deadline) {
        result = await run('read', { key: 'x' }, a, other).catch((e: AppError) => e.code);
        if (result !== 'CIRCUIT_OPEN') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(result).toMatchObject({ key: 'x' });
    });
  });

  describe('cache', () => {
    it('serves the second identical call from cache, per company, and invalidates by tag', async () => {
      const [a, b] = [company(), company()];
      const first = await run('cached', { key: 'c1' }, a);
      expect(await run('cached', { key: 'c1' }, a)).toEqual(first);
      expect(upstream.count('cached', 'c1')).toBe(1);
      // Same params, other company: its own entry, never A's.
      await run('cached', { key: 'c1' }, b);
      expect(upstream.calls.filter((c) => c.tool === 'cached').map((c) => c.companyId)).toEqual([a, b]);
      // Invalidating A's tag leaves B's entry alone.
      expect(await one.app.get(ToolCacheService).invalidate(a, 'key:c1')).toBe(1);
      await run('cached', { key: 'c1' }, a);
      await run('cached', { key: 'c1' }, b);
      expect(upstream.count('cached', 'c1')).toBe(3);
    });

    it('makes one upstream call for 50 concurrent identical misses', async () => {
      const a = company();
      const results = await Promise.all(Array.from({ length: 50 }, () => run('cached', { key: 'sf', delayMs: 50 }, a)));
      expect(upstream.count('cached', 'sf')).toBe(1);
      expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    });

    it('serves a stale entry when upstream fails, for tools that opt in', async () => {
      const a = company();
      const fresh = await run('stale', { key: 's1' }, a);
      await new Promise((r) => setTimeout(r, 1100));
      upstream.scripts.set('s1', ['503', '503', '503']);
      await expect(run('stale', { key: 's1' }, a)).resolves.toEqual(fresh);
      upstream.scripts.set('c503', ['503', '503', '503']);
      await expect(run('cached', { key: 'c503' }, a)).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    });
  });

  describe('vendor rate limit', () => {
    it('holds across two instances sharing Redis, and a cache hit spends no token', async () => {
      const a = company();
      const exec = (o: McpOrchestrator, key: string) =>
        o.execute('limited', 'read', { key }, { principal: SU, companyId: a, deadline: Date.now() + 200 });
      const outcomes = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) =>
          exec(i % 2 ? two.app.get(McpOrchestrator) : orchestrator, `rl${i}`).then(
            () => 'ok',
            (e: AppError) => e.code,
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(4);
      expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(2);
    });

    it('does not spend a token on a cache hit', async () => {
      const a = company();
      const exec = (key: string) =>
        orchestrator.execute('limited', 'cached', { key }, { principal: SU, companyId: a, deadline: Date.now() + 200 });
      await exec('same');
      for (let i = 0; i < 10; i++) await exec('same');
      // Three of the four tokens are left: three different keys still pass.
      await expect(Promise.all(['d1', 'd2', 'd3'].map(exec))).resolves.toHaveLength(3);
      await expect(exec('d4')).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    });
  });

  it('cuts a hanging tool at its timeout and reports TIMEOUT', async () => {
    upstream.scripts.set('h1', ['hang', 'hang', 'hang']);
    const started = performance.now();
    await expect(run('write', { key: 'h1' }, company())).rejects.toMatchObject({ code: 'TIMEOUT' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(600);
  });

  describe('over HTTP', () => {
    let token: string;
    beforeAll(async () => {
      token = (await login(one, TEST_ADMIN.email, TEST_ADMIN.password)).token;
    });
    const post = (path: string, body: object) => request(one.url).post(path).auth(token, { type: 'bearer' }).send(body);

    it('executes system.echo, 404s unknown tools, and 400s bad params naming the field', async () => {
      const companyId = company();
      await post('/api/mcp/execute', { server: 'system', tool: 'echo', params: { text: 'hallo' }, companyId }).expect(
        200,
        {
          result: { text: 'hallo' },
        },
      );
      await post('/api/mcp/execute', { server: 'system', tool: 'nope', params: {} }).expect(404);
      await post('/api/mcp/execute', { server: 'nope', tool: 'echo', params: {} }).expect(404);
      const bad = await post('/api/mcp/execute', {
        server: 'system',
        tool: 'echo',
        params: { text: 5 },
        companyId,
      }).expect(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['text', 'text']);
      expect(bad.body.error.details.map((d: { rule: string }) => d.rule).sort()).toEqual(['isString', 'maxLength']);
      await post('/api/mcp/execute', { server: 'system', tool: 'time', params: { timeZone: 'Europe/Berlin' } }).expect(
        200,
      );
    });

    it('runs a batch concurrently with results in order', async () => {
      const companyId = company();
      const res = await post('/api/mcp/batch', {
        calls: [
          { server: 'system', tool: 'echo', params: { text: 'a' }, companyId },
          { server: 'system', tool: 'echo', params: {}, companyId },
          { server: 'system', tool: 'echo', params: { text: 'c' }, companyId },
        ],
      }).expect(200);
      expect(res.body.results).toEqual([
        { ok: true, result: { text: 'a' } },
        { ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) },
        { ok: true, result: { text: 'c' } },
      ]);
      await post('/api/mcp/batch', {
        calls: Array(21).fill({ server: 'system', tool: 'echo', params: { text: 'x' } }),
      }).expect(400);
    });

    it('resets a breaker over HTTP, for a company and for platform-wide calls, and audits it', async () => {
      const a = company();
      upstream.scripts.set('http-reset', Array(3).fill('503'));
      for (let i = 0; i < 3; i++) await run('write', { key: 'http-reset' }, a).catch(() => undefined);
      await expect(run('read', { key: 'http-reset' }, a)).rejects.toMatchObject({ code: 'CIRCUIT_OPEN' });
      await post(`/api/ops/circuits/fake/${a}/reset`, {}).expect(204);
      await expect(run('read', { key: 'http-reset' }, a)).resolves.toMatchObject({ key: 'http-reset' });
      await post('/api/ops/circuits/fake/system/reset', {}).expect(204);
      await post('/api/ops/circuits/fake/not-a-scope/reset', {}).expect(400);
      const [entry] = await one.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1`, [
        `fake:${a}`.slice(0, 64),
      ]);
      expect(entry).toEqual({ action: 'circuit.reset' });
    });

    it('lists tools with JSON schemas', async () => {
      const res = await request(one.url).get('/api/mcp/tools').auth(token, { type: 'bearer' }).expect(200);
      const echo = res.body.find((t: { id: string }) => t.id === 'system.echo');
      expect(echo.inputSchema).toMatchObject({
        type: 'object',
        properties: { text: { type: 'string' } },
        required: ['text'],
      });
    });

    it('exports tool metrics with bounded labels', async () => {
      const text = (await request(one.url).get('/metrics').expect(200)).text;
      expect(text).toMatch(/switchboard_tool_calls_total\{server="fake",tool="read",outcome="ok"\} \d+/);
      expect(text).toMatch(/switchboard_tool_calls_total\{server="fake",tool="read",outcome="circuit_open"\} \d+/);
      expect(text).toMatch(/switchboard_tool_calls_total\{server="fake",tool="read",outcome="invalid_input"\} \d+/);
      expect(text).toMatch(/switchboard_tool_calls_total\{server="fake",tool="cached",outcome="cache_hit"\} \d+/);
      expect(text).toMatch(/switchboard_tool_calls_total\{server="limited",tool="read",outcome="rejected"\} \d+/);
      expect(text).toMatch(/switchboard_tool_call_duration_seconds_bucket\{le="0.005",server="fake",tool="read"\}/);
      expect(text).toMatch(/switchboard_cache_requests_total\{server="fake",result="hit"\} \d+/);
      expect(text).toMatch(/switchboard_circuit_state\{server="fake"\} [012]/);
      expect(text).not.toMatch(/company|[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
  });
});

describe('composite tools (child calls)', () => {
  let t: TestApp;
  const seen: { deadline: number; parent?: { server: string; tool: string }; companyId: string | null }[] = [];

  class ChildInput {
    @IsString() key: string;
  }

  beforeAll(async () => {
    // One concurrent call per company: a child that took a slot of its own would be refused.
    t = await startTestApp({ env: { TENANT_CONCURRENCY: '1' } });
    const orchestrator = t.app.get(McpOrchestrator);

    @Injectable()
    @McpServer('composite')
    class CompositeServer {
      @Tool({
        name: 'leaf',
        description: 'child',
        input: ChildInput,
        access: 'tenant-read',
        idempotent: true,
        timeoutMs: 500,
      })
      async leaf(input: ChildInput, ctx: ToolContext) {
        seen.push({ deadline: ctx.deadline, parent: ctx.parent, companyId: ctx.companyId });
        return { leaf: input.key };
      }

      @Tool({
        name: 'parent',
        description: 'calls leaf twice',
        input: ChildInput,
        access: 'tenant-read',
        idempotent: true,
        timeoutMs: 1000,
      })
      async parent(input: ChildInput, ctx: ToolContext) {
        seen.push({ deadline: ctx.deadline, companyId: ctx.companyId });
        await new Promise((r) => setTimeout(r, 50));
        const [a, b] = await Promise.all([
          orchestrator.executeChild<{ leaf: string }>('composite', 'leaf', { key: `${input.key}-a` }, ctx),
          orchestrator.executeChild<{ leaf: string }>('composite', 'leaf', { key: `${input.key}-b` }, ctx),
        ]);
        return { leaves: [a.leaf, b.leaf] };
      }
    }
    t.app.get(ToolRegistry).register({ name: 'composite', options: {} }, new CompositeServer());
  });
  afterAll(() => t.close());

  it("run inside the parent's tenant slot, with its deadline and company", async () => {
    const companyId = randomUUID();
    const deadline = Date.now() + 2000;
    const result = await t.app
      .get(McpOrchestrator)
      .execute('composite', 'parent', { key: 'k' }, { principal: SU, companyId, deadline });
    expect(result).toEqual({ leaves: ['k-a', 'k-b'] });
    expect(seen).toEqual([
      { deadline, companyId },
      { deadline, companyId, parent: { server: 'composite', tool: 'leaf' } },
      { deadline, companyId, parent: { server: 'composite', tool: 'leaf' } },
    ]);
    // A second top-level call at the same time is refused: the cap is real, the children just share the slot.
    const slow = t.app.get(McpOrchestrator).execute('composite', 'parent', { key: 'x' }, { principal: SU, companyId });
    await expect(
      t.app.get(McpOrchestrator).execute('composite', 'leaf', { key: 'y' }, { principal: SU, companyId }),
    ).rejects.toMatchObject({ code: 'OVERLOADED' });
    await slow;
  });
});
