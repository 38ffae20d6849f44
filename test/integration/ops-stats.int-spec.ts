import { Injectable } from '@nestjs/common';
import { IsBoolean, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import request from 'supertest';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import type { ToolFigures } from 'src/orchestrator/stats/tool-stats-query.service';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { LATENCY_BUCKETS_MS, NO_COMPANY } from 'src/orchestrator/stats/tool-call-rollup.entity';
import { ToolStatsService } from 'src/orchestrator/stats/tool-stats.service';
import { McpServer, Tool } from 'src/orchestrator/tool.decorator';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { SYSTEM_PRINCIPAL, type ToolPrincipal } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { QueueService } from 'src/platform/queue/queue.service';
import { login, seedCompany, seedUser } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, TestApp } from 'test/support/test-app';

class FakeInput {
  @IsString() key: string;
  @IsOptional() @IsInt() @Min(0) @Max(2000) delayMs?: number;
  @IsOptional() @IsBoolean() fail?: boolean;
}

async function answer(input: FakeInput): Promise<{ key: string }> {
  if (input.delayMs) await new Promise((r) => setTimeout(r, input.delayMs));
  if (input.fail) throw new AppError('UPSTREAM_REJECTED', 'vendor 400');
  return { key: input.key };
}

@Injectable()
@McpServer('fake')
class FakeServer {
  @Tool({
    name: 'read',
    description: 'read',
    input: FakeInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 2000,
  })
  read(input: FakeInput) {
    return answer(input);
  }

  @Tool({
    name: 'cached',
    description: 'cached read',
    input: FakeInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 2000,
    cacheTtlSeconds: 60,
  })
  cached(input: FakeInput) {
    return answer(input);
  }
}

@Injectable()
@McpServer('flaky')
class FlakyServer {
  async healthCheck() {
    return { ok: false, detail: 'vendor says no' };
  }
}

@Injectable()
@McpServer('stuck')
class StuckServer {
  healthCheck(): Promise<{ ok: boolean }> {
    return new Promise(() => undefined);
  }
}

const SU: ToolPrincipal = { kind: 'user', id: 'su', role: 'super_admin', companyId: null };
const SLOW_MS = 150;

type ToolRow = ToolFigures & { server: string; tool: string };

describe('ops stats (rollups, overview, timeseries, integrations health)', () => {
  let one: TestApp;
  let a: Company;
  let b: Company;
  let su: string;
  let ops: string;
  let adminA: string;

  const get = (token: string, path: string) => request(one.url).get(path).auth(token, { type: 'bearer' });
  const rowOf = (body: { tools: ToolRow[] }, tool: string) =>
    body.tools.find((t) => t.server === 'fake' && t.tool === tool);
  const sum = (body: { points: { value: number }[] }) => body.points.reduce((s, p) => s + p.value, 0);

  async function call(o: McpOrchestrator, tool: string, params: object, companyId: string | null, principal = SU) {
    await o.execute('fake', tool, params, { principal, companyId }).catch((e: AppError) => e);
  }

  beforeAll(async () => {
    // Stripe's health check is about its configuration: give it a key so every built-in server is up.
    one = await startTestApp({ env: { STRIPE_SECRET_KEY: 'sk_test_not_used_here_0000' } });
    one.app.get(ToolRegistry).register({ name: 'fake', options: {} }, new FakeServer());
    a = await seedCompany(one.dataSource, 'Praxis A');
    b = await seedCompany(one.dataSource, 'Praxis B');
    await seedUser(one.dataSource, { email: 'ops@x.test', password: 'password-of-ops', role: 'ops' });
    await seedUser(one.dataSource, {
      email: 'admin@a.test',
      password: 'password-of-a-1',
      role: 'company_admin',
      companyId: a.id,
    });
    su = (await login(one, TEST_ADMIN.email, TEST_ADMIN.password)).token;
    ops = (await login(one, 'ops@x.test', 'password-of-ops')).token;
    adminA = (await login(one, 'admin@a.test', 'password-of-a-1')).token;

    // The scripted burst. Company A: fake.read 20 ok (5 slow), 5 errors, 3 invalid; fake.cached 1 miss + 9 hits.
    const o = one.app.get(McpOrchestrator);
    for (let i = 0; i < 15; i++) await call(o, 'read', { key: `a${i}` }, a.id);
    for (let i = 0; i < 5; i++) await call(o, 'read', { key: `s${i}`, delayMs: SLOW_MS }, a.id);
    for (let i = 0; i < 5; i++) await call(o, 'read', { key: `e${i}`, fail: true }, a.id);
    for (let i = 0; i < 3; i++) await call(o, 'read', { key: 42 }, a.id);
    for (let i = 0; i < 10; i++) await call(o, 'cached', { key: 'same' }, a.id);
    // Company B: 4 ok; platform-wide (the system principal, no company): 2 ok.
    for (let i = 0; i < 4; i++) await call(o, 'read', { key: `b${i}` }, b.id);
    for (let i = 0; i < 2; i++) await call(o, 'read', { key: `p${i}` }, null, SYSTEM_PRINCIPAL);
  });
  afterAll(() => one.close());

  describe('GET /api/ops/overview', () => {
    it('reports the burst exactly, across companies and platform-wide calls', async () => {
      const res = await get(ops, '/api/ops/overview').expect(200);
      expect(res.body).toMatchObject({ window: '1h', circuits: expect.any(Array), queues: expect.any(Array) });
      expect(rowOf(res.body, 'read')).toMatchObject({
        calls: 34,
        ok: 26,
        errors: 5,
        invalidInput: 3,
        rejected: 0,
        cacheHits: 0,
        errorRate: 5 / 34,
        cacheHitRatio: null,
      });
      expect(rowOf(res.body, 'cached')).toMatchObject({
        calls: 10,
        ok: 1,
        cacheHits: 9,
        errors: 0,
        cacheHitRatio: 0.9,
      });
      expect(res.body.totals).toMatchObject({ calls: 44, errors: 5, cacheHits: 9, cacheHitRatio: 0.9 });
      expect(res.body.totals.errorRate).toBeCloseTo(5 / 44, 10);
    });

    it("estimates percentiles from the histogram within the buckets' bounds", async () => {
      const res = await get(su, `/api/companies/${a.id}/stats`).expect(200);
      const read = rowOf(res.body, 'read')!;
      // 28 calls, the 5 slowest ≥ SLOW_MS: p50 falls in a fast bucket, p95 (rank 27) in a slow one, p99 (rank 28)
      // in the bucket of the slowest call, capped at its latency.
      expect(read.maxLatencyMs).toBeGreaterThanOrEqual(SLOW_MS);
      expect(LATENCY_BUCKETS_MS).toContain(read.p50Ms);
      expect(read.p50Ms).toBeLessThanOrEqual(100);
      expect(read.p95Ms).toBeGreaterThanOrEqual(SLOW_MS);
      expect(read.p95Ms).toBeLessThanOrEqual(read.maxLatencyMs!);
      expect(read.p99Ms).toBe(read.maxLatencyMs);
      expect(read.avgLatencyMs).toBeGreaterThan(0);
      expect(read.avgLatencyMs).toBeLessThan(read.maxLatencyMs!);
    });

    it('reports queue depths and the age of the oldest waiting job', async () => {
      const queue = one.app.get(QueueService);
      await queue.add('ops-stats', 'nobody-processes-this', { n: 1 });
      await queue.add('ops-stats', 'nobody-processes-this', { n: 2 }, { delayMs: 60_000 });
      const res = await get(su, '/api/ops/overview?window=24h').expect(200);
      expect(res.body.window).toBe('24h');
      expect(res.body.queues).toContainEqual({
        name: 'ops-stats',
        waiting: 1,
        active: 0,
        delayed: 1,
        failed: 0,
        oldestWaitingAgeSeconds: expect.any(Number),
      });
    });

    it('400s an unknown window or parameter', async () => {
      await get(ops, '/api/ops/overview?window=2h').expect(400);
      await get(ops, '/api/ops/overview?companyId=x').expect(400);
    });
  });

  describe('GET /api/companies/:companyId/stats', () => {
    it("shows only that company's calls: never another company's nor platform-wide ones", async () => {
      const resA = await get(adminA, `/api/companies/${a.id}/stats?window=7d`).expect(200);
      expect(resA.body.queues).toBeUndefined();
      expect(rowOf(resA.body, 'read')).toMatchObject({ calls: 28, ok: 20, errors: 5, invalidInput: 3 });
      expect(rowOf(resA.body, 'read')!.errorRate).toBeCloseTo(5 / 28, 10);
      expect(rowOf(resA.body, 'cached')).toMatchObject({ calls: 10, cacheHits: 9, cacheHitRatio: 0.9 });
      const resB = await get(ops, `/api/companies/${b.id}/stats`).expect(200);
      expect(resB.body.tools).toEqual([expect.objectContaining({ server: 'fake', tool: 'read', calls: 4, errors: 0 })]);
      expect(resB.body.totals).toMatchObject({ calls: 4, cacheHitRatio: null });
    });

    it("403s a company admin on another company's stats and on the platform overview", async () => {
      await get(adminA, `/api/companies/${b.id}/stats`).expect(403);
      await get(adminA, `/api/companies/${b.id}/stats/timeseries?metric=calls`).expect(403);
      await get(adminA, '/api/ops/overview').expect(403);
      await get(adminA, '/api/ops/timeseries?metric=calls').expect(403);
    });
  });

  describe('timeseries', () => {
    it('returns one point per minute over the hour with the right totals', async () => {
      const res = await get(ops, '/api/ops/timeseries?metric=calls&server=fake').expect(200);
      expect(res.body).toMatchObject({ metric: 'calls', window: '1h', step: 60 });
      expect(res.body.points).toHaveLength(60);
      expect(Date.parse(res.body.points[1].t) - Date.parse(res.body.points[0].t)).toBe(60_000);
      expect(sum(res.body)).toBe(44);
      const errors = await get(ops, '/api/ops/timeseries?metric=errors&server=fake&tool=read').expect(200);
      expect(sum(errors.body)).toBe(5);
      const day = await get(ops, '/api/ops/timeseries?metric=calls&window=24h&tool=cached').expect(200);
      expect(day.body).toMatchObject({ step: 300 });
      expect(day.body.points).toHaveLength(288);
      expect(sum(day.body)).toBe(10);
      const week = await get(ops, '/api/ops/timeseries?metric=p95&window=7d&server=fake&tool=read').expect(200);
      expect(week.body).toMatchObject({ step: 3600 });
      expect(week.body.points).toHaveLength(168);
      expect(Math.max(...week.body.points.map((p: { value: number }) => p.value))).toBeGreaterThanOrEqual(SLOW_MS);
    });

    it("filters a company's series to its own calls", async () => {
      const res = await get(adminA, `/api/companies/${a.id}/stats/timeseries?metric=calls&tool=read`).expect(200);
      expect(sum(res.body)).toBe(28);
      const ratio = await get(adminA, `/api/companies/${a.id}/stats/timeseries?metric=cache_hit_ratio&tool=cached`);
      const nonZero = ratio.body.points.filter((p: { value: number }) => p.value > 0);
      expect(nonZero.length).toBeGreaterThan(0);
      nonZero.forEach((p: { value: number }) => expect(p.value).toBeLessThanOrEqual(1));
    });

    it('400s a bad metric, window, server or tool name, and a missing metric', async () => {
      await get(ops, '/api/ops/timeseries').expect(400);
      await get(ops, '/api/ops/timeseries?metric=latency').expect(400);
      await get(ops, '/api/ops/timeseries?metric=calls&window=30d').expect(400);
      await get(ops, '/api/ops/timeseries?metric=calls&server=Bad%20Name').expect(400);
      await get(ops, '/api/ops/timeseries?metric=calls&tool=a.b').expect(400);
      await get(adminA, `/api/companies/${a.id}/stats/timeseries?metric=calls&companyId=${b.id}`).expect(400);
    });
  });

  describe('persistence', () => {
    it('adds up what a second instance writes to the same database, including its counts flushed at shutdown', async () => {
      const two = await startTestApp({ databaseUrl: () => one.databaseUrl });
      try {
        two.app.get(ToolRegistry).register({ name: 'fake', options: {} }, new FakeServer());
        const o2 = two.app.get(McpOrchestrator);
        for (let i = 0; i < 6; i++) await call(o2, 'read', { key: `two${i}` }, a.id);

        // Both instances count into the same rollup key: one row, the sum of both.
        const stats = [one.app.get(ToolStatsService), two.app.get(ToolStatsService)];
        const minuteBefore = Math.floor(Date.now() / 60_000);
        stats[0].record({
          server: 'fake',
          tool: 'merge',
          companyId: a.id,
          outcome: 'ok',
          latencyMs: 3,
          errorCode: null,
        });
        stats[1].record({
          server: 'fake',
          tool: 'merge',
          companyId: a.id,
          outcome: 'ok',
          latencyMs: 20,
          errorCode: null,
        });
        stats[1].record({
          server: 'fake',
          tool: 'merge',
          companyId: a.id,
          outcome: 'ok',
          latencyMs: 9e9,
          errorCode: null,
        });
        const sameMinute = Math.floor(Date.now() / 60_000) === minuteBefore;
        await Promise.all(stats.map((s) => s.flush()));
        const rows: { count: number; buckets: number[]; latency_max_ms: number }[] = await one.dataSource.query(
          `SELECT count, buckets, latency_max_ms FROM tool_call_rollups WHERE tool = 'merge' AND company_id = $1`,
          [a.id],
        );
        expect(rows.reduce((s, r) => s + r.count, 0)).toBe(3);
        if (sameMinute) {
          expect(rows).toHaveLength(1);
          expect(rows[0].buckets).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
          expect(rows[0].latency_max_ms).toBe(9e9);
        }
      } finally {
        // Closing flushes the second instance's fresh counts.
        await two.close();
      }
      const res = await get(adminA, `/api/companies/${a.id}/stats`).expect(200);
      expect(rowOf(res.body, 'read')).toMatchObject({ calls: 34, ok: 26 });
      expect(rowOf(res.body, 'merge')).toMatchObject({ calls: 3, p99Ms: 9e9, maxLatencyMs: 9e9 });
      const rows: { company_id: string }[] = await one.dataSource.query(
        `SELECT DISTINCT company_id FROM tool_call_rollups WHERE tool = 'read'`,
      );
      expect(rows.map((r) => r.company_id).sort()).toEqual([a.id, b.id, NO_COMPANY].sort());
    });

    it('writes a tool_calls row for a call made on behalf of a phone call', async () => {
      const o = one.app.get(McpOrchestrator);
      await o.execute('fake', 'read', { key: 'phone' }, { principal: SU, companyId: a.id, callId: 'call_ops_stats_1' });
      await one.app.get(ToolStatsService).flush();
      const rows = await one.dataSource.query(
        `SELECT company_id, server, tool, outcome, error_code FROM tool_calls WHERE retell_call_id = $1`,
        ['call_ops_stats_1'],
      );
      expect(rows).toEqual([{ company_id: a.id, server: 'fake', tool: 'read', outcome: 'ok', error_code: null }]);
    });
  });

  describe('GET /health/integrations', () => {
    it("is 200 while every server's health check is up", async () => {
      const res = await request(one.url).get('/health/integrations').expect(200);
      expect(res.body).toMatchObject({ status: 'ok', info: { system: { status: 'up' } } });
      // fake has no health check: not listed.
      expect(res.body.details.fake).toBeUndefined();
    });

    it('is 503 with the Terminus body when one is down or hangs, while readiness stays 200', async () => {
      const registry = one.app.get(ToolRegistry);
      registry.register({ name: 'flaky', options: {} }, new FlakyServer());
      registry.register({ name: 'stuck', options: {} }, new StuckServer());
      const started = Date.now();
      const res = await request(one.url).get('/health/integrations').expect(503);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(res.body).toMatchObject({
        status: 'error',
        info: { system: { status: 'up' } },
        error: {
          flaky: { status: 'down', detail: 'vendor says no' },
          stuck: { status: 'down', detail: 'health check failed' },
        },
      });
      await request(one.url).get('/health/ready').expect(200);
    });
  });
});
