import type { ToolRow } from 'src/orchestrator/stats/tool-stats-query.service';
import type { Alert } from './alert.entity';
import {
  circuitViolations,
  errorRateViolations,
  planAlerts,
  queueViolations,
  signatureFailureViolations,
  type Violation,
  voiceLatencyViolations,
} from './alert-rules';

const T = {
  windowMinutes: 5,
  errorRateThreshold: 0.2,
  minCalls: 10,
  circuitOpenMinutes: 5,
  queueBacklog: 100,
  queueOldestAgeSeconds: 60,
  signatureFailures: 3,
};

const row = (server: string, tool: string, f: Partial<ToolRow>): ToolRow =>
  ({ server, tool, calls: 0, errors: 0, rejected: 0, p95Ms: null, ...f }) as ToolRow;

const v = (rule: Violation['rule'], scope = '', companyId: string | null = null): Violation => ({
  rule,
  scope,
  companyId,
  severity: 'warning',
  message: rule,
  details: {},
});
const stored = (rule: string, scope: string | undefined, notifiedAt: Date | null = new Date()) =>
  ({
    id: `${rule}-${scope}`,
    rule,
    companyId: null,
    details: scope === undefined ? {} : { scope },
    notifiedAt,
  }) as Alert;

describe('alert rules', () => {
  it('error rate per server, above the threshold and only with enough calls; signature rows are not calls', () => {
    const out = errorRateViolations(
      [
        row('calcom', 'a', { calls: 8, errors: 2 }),
        row('calcom', 'b', { calls: 2, errors: 1 }), // 3/10 = 30%
        row('stripe', 'c', { calls: 5, errors: 5 }), // too few calls
        row('retell', 'd', { calls: 100, errors: 20 }), // exactly 20%: not above
        row('webhook', 'retell_signature', { calls: 50, rejected: 50 }),
      ],
      T,
    );
    expect(out.map((x) => x.scope)).toEqual(['calcom']);
  });

  it('voice p95 against each tool budget', () => {
    const budget = (t: string) => (t === 'a' ? 1000 : 3000);
    const out = voiceLatencyViolations(
      [
        row('voice', 'a', { calls: 10, p95Ms: 1001 }),
        row('voice', 'b', { calls: 10, p95Ms: 2500 }),
        row('calcom', 'a', { calls: 10, p95Ms: 9000 }),
      ],
      T,
      budget,
    );
    expect(out.map((x) => x.scope)).toEqual(['a']);
  });

  it('signature failures per provider at the threshold', () => {
    const out = signatureFailureViolations(
      [row('webhook', 'stripe_signature', { rejected: 3 }), row('webhook', 'retell_signature', { rejected: 2 })],
      T,
    );
    expect(out.map((x) => x.scope)).toEqual(['stripe']);
  });

  it('circuits open longer than the limit; system circuits carry no company', () => {
    const now = Date.parse('2030-01-01T12:00:00Z');
    const out = circuitViolations(
      [
        { server: 'calcom', companyId: 'system', state: 'open', since: '2030-01-01T11:50:00Z' },
        { server: 'retell', companyId: 'c1', state: 'open', since: '2030-01-01T11:58:00Z' },
        { server: 'stripe', companyId: 'c1', state: 'half_open', since: '2030-01-01T11:00:00Z' },
      ],
      T,
      now,
    );
    expect(out.map((x) => [x.scope, x.companyId])).toEqual([['calcom', null]]);
  });

  it('queue backlog by size or by the oldest job', () => {
    const q = (name: string, waiting: number, age: number | null) => ({
      name,
      waiting,
      active: 0,
      delayed: 0,
      failed: 0,
      oldestWaitingAgeSeconds: age,
    });
    expect(
      queueViolations([q('a', 101, 1), q('b', 1, 61), q('c', 100, 60), q('d', 0, null)], T).map((x) => x.scope),
    ).toEqual(['a', 'b']);
  });
});

describe('planAlerts', () => {
  it('fires new conditions, keeps firing ones, resolves gone ones', () => {
    const plan = planAlerts(
      [v('dead_webhooks'), v('queue_backlog', 'calls')],
      [stored('queue_backlog', 'calls'), stored('queue_backlog', 'webhooks')],
      new Set(['dead_webhooks', 'queue_backlog']),
      new Set(),
    );
    expect(plan.fire.map((x) => x.rule)).toEqual(['dead_webhooks']);
    expect(plan.keep.map((k) => [k.alert.id, k.notify])).toEqual([['queue_backlog-calls', false]]);
    expect(plan.resolve.map((a) => a.id)).toEqual(['queue_backlog-webhooks']);
  });

  it('suppresses a condition back within the cooldown', () => {
    const plan = planAlerts([v('dead_webhooks')], [], new Set(['dead_webhooks']), new Set(['dead_webhooks||']));
    expect(plan.fire).toEqual([]);
    expect(plan.suppressed).toHaveLength(1);
  });

  it("notifies an alert raised elsewhere (the ledger's, no scope) once", () => {
    const ledger = { ...stored('low_balance', undefined, null), companyId: 'c1' } as Alert;
    const plan = planAlerts([v('low_balance', '', 'c1')], [ledger], new Set(['low_balance']), new Set());
    expect(plan.keep.map((k) => k.notify)).toEqual([true]);
    expect(plan.fire).toEqual([]);
  });

  it('leaves alone the rules that could not be evaluated', () => {
    const plan = planAlerts([], [stored('error_rate', 'calcom')], new Set(['dead_webhooks']), new Set());
    expect(plan.resolve).toEqual([]);
  });
});
