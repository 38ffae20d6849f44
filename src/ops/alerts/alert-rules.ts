import type { AlertsConfig } from 'src/config';
import type { CircuitStatus } from 'src/orchestrator/circuit-breaker.service';
import type { ToolRow } from 'src/orchestrator/stats/tool-stats-query.service';
import type { QueueStats } from 'src/platform/queue/queue.service';
import type { Alert, AlertSeverity } from './alert.entity';

export const ALERT_RULES = [
  'error_rate',
  'voice_latency',
  'circuit_open',
  'dead_webhooks',
  'queue_backlog',
  'signature_failures',
  'low_balance',
  'integration_failing',
] as const;
export type AlertRuleName = (typeof ALERT_RULES)[number];

/** Rules about one company: its admins are told too (by e-mail). */
export const COMPANY_RULES: ReadonlySet<string> = new Set<AlertRuleName>(['low_balance', 'integration_failing']);

export const SEVERITY_RANK: Record<AlertSeverity, number> = { info: 0, warning: 1, critical: 2 };

/** A condition that holds right now; `rule` × `companyId` × `scope` identifies it across evaluations. */
export interface Violation {
  rule: AlertRuleName;
  /** What within the rule: a server, tool, queue or provider ('' when the rule has one condition per company or at all). */
  scope: string;
  companyId: string | null;
  severity: AlertSeverity;
  message: string;
  details: Record<string, unknown>;
}

export type RuleThresholds = Pick<
  AlertsConfig,
  | 'windowMinutes'
  | 'errorRateThreshold'
  | 'minCalls'
  | 'circuitOpenMinutes'
  | 'queueBacklog'
  | 'queueOldestAgeSeconds'
  | 'signatureFailures'
>;

export function alertKey(a: { rule: string; companyId: string | null; scope: string }): string {
  return `${a.rule}|${a.companyId ?? ''}|${a.scope}`;
}

/** The key of a stored alert (its scope lives in `details.scope`; the ledger's low-balance rows have none). */
export function storedAlertKey(alert: Pick<Alert, 'rule' | 'companyId' | 'details'>): string {
  const scope = typeof alert.details?.scope === 'string' ? alert.details.scope : '';
  return alertKey({ rule: alert.rule, companyId: alert.companyId, scope });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Upstream errors per server over the window, once it has enough calls (the webhook signature rows are not calls). */
export function errorRateViolations(tools: ToolRow[], t: RuleThresholds): Violation[] {
  const servers = new Map<string, { calls: number; errors: number }>();
  for (const row of tools) {
    if (row.server === 'webhook' && row.tool.endsWith('_signature')) continue;
    const s = servers.get(row.server) ?? { calls: 0, errors: 0 };
    s.calls += row.calls;
    s.errors += row.errors;
    servers.set(row.server, s);
  }
  const out: Violation[] = [];
  for (const [server, { calls, errors }] of servers) {
    const rate = calls ? errors / calls : 0;
    if (calls < t.minCalls || rate <= t.errorRateThreshold) continue;
    out.push({
      rule: 'error_rate',
      scope: server,
      companyId: null,
      severity: 'critical',
      message: `Server ${server}: ${pct(rate)} of ${calls} calls failed in the last ${t.windowMinutes} min (threshold ${pct(t.errorRateThreshold)})`,
      details: { server, calls, errors, errorRate: rate, threshold: t.errorRateThreshold },
    });
  }
  return out;
}

/** Voice tools whose p95 over the window exceeds their latency budget. */
export function voiceLatencyViolations(
  tools: ToolRow[],
  t: RuleThresholds,
  budgetMs: (tool: string) => number,
): Violation[] {
  return tools
    .filter((r) => r.server === 'voice' && r.calls >= t.minCalls && r.p95Ms !== null && r.p95Ms > budgetMs(r.tool))
    .map((r) => ({
      rule: 'voice_latency' as const,
      scope: r.tool,
      companyId: null,
      severity: 'warning' as const,
      message: `Voice tool ${r.tool}: p95 ${r.p95Ms} ms over the last ${t.windowMinutes} min exceeds its budget of ${budgetMs(r.tool)} ms`,
      details: { tool: r.tool, calls: r.calls, p95Ms: r.p95Ms, budgetMs: budgetMs(r.tool) },
    }));
}

/** Rejected webhook signatures per provider in the window (recorded as server `webhook`, tool `<provider>_signature`). */
export function signatureFailureViolations(tools: ToolRow[], t: RuleThresholds): Violation[] {
  return tools
    .filter((r) => r.server === 'webhook' && r.tool.endsWith('_signature') && r.rejected >= t.signatureFailures)
    .map((r) => {
      const provider = r.tool.slice(0, -'_signature'.length);
      return {
        rule: 'signature_failures' as const,
        scope: provider,
        companyId: null,
        severity: 'warning' as const,
        message: `${r.rejected} ${provider} webhooks with a bad signature in the last ${t.windowMinutes} min`,
        details: { provider, rejected: r.rejected, threshold: t.signatureFailures },
      };
    });
}

/** Circuits open for longer than the limit. */
export function circuitViolations(circuits: CircuitStatus[], t: RuleThresholds, now: number): Violation[] {
  return circuits
    .filter((c) => c.state === 'open' && now - Date.parse(c.since) > t.circuitOpenMinutes * 60_000)
    .map((c) => {
      const minutes = Math.floor((now - Date.parse(c.since)) / 60_000);
      return {
        rule: 'circuit_open' as const,
        scope: c.server,
        companyId: c.companyId === 'system' ? null : c.companyId,
        severity: 'critical' as const,
        message: `Circuit ${c.server} (${c.companyId}) has been open for ${minutes} min`,
        details: { server: c.server, circuit: c.companyId, since: c.since },
      };
    });
}

export function deadWebhookViolations(dead: number): Violation[] {
  if (dead <= 0) return [];
  return [
    {
      rule: 'dead_webhooks',
      scope: '',
      companyId: null,
      severity: 'warning',
      message: `${dead} webhook event(s) are dead and wait for a replay`,
      details: { dead },
    },
  ];
}

export function queueViolations(queues: QueueStats[], t: RuleThresholds): Violation[] {
  return queues
    .filter(
      (q) =>
        q.waiting > t.queueBacklog ||
        (q.oldestWaitingAgeSeconds !== null && q.oldestWaitingAgeSeconds > t.queueOldestAgeSeconds),
    )
    .map((q) => ({
      rule: 'queue_backlog' as const,
      scope: q.name,
      companyId: null,
      severity: 'warning' as const,
      message: `Queue ${q.name}: ${q.waiting} waiting, oldest ${q.oldestWaitingAgeSeconds ?? 0} s (limits ${t.queueBacklog} jobs, ${t.queueOldestAgeSeconds} s)`,
      details: { queue: q.name, waiting: q.waiting, oldestWaitingAgeSeconds: q.oldestWaitingAgeSeconds },
    }));
}

export interface AlertPlan {
  /** New conditions: insert a firing alert and notify. */
  fire: Violation[];
  /** Conditions that resolved within the cooldown and came back: nothing is stored or sent. */
  suppressed: Violation[];
  /** Still firing: refresh message and details; notify when not yet notified (raised elsewhere, e.g. the ledger). */
  keep: { alert: Alert; violation: Violation; notify: boolean }[];
  /** No longer violated: resolve (and notify when the firing was notified). */
  resolve: Alert[];
}

/**
 * Diffs what holds now against the firing alerts of the rules that could be evaluated (a rule whose data
 * source failed neither fires nor resolves). `recentlyResolved` are the keys resolved within the cooldown.
 */
export function planAlerts(
  violations: Violation[],
  firing: Alert[],
  evaluated: ReadonlySet<string>,
  recentlyResolved: ReadonlySet<string>,
): AlertPlan {
  const plan: AlertPlan = { fire: [], suppressed: [], keep: [], resolve: [] };
  const firingByKey = new Map<string, Alert>();
  for (const alert of firing) {
    if (!evaluated.has(alert.rule)) continue;
    const key = storedAlertKey(alert);
    if (firingByKey.has(key))
      plan.resolve.push(alert); // a duplicate (a race with the ledger): keep one
    else firingByKey.set(key, alert);
  }
  const seen = new Set<string>();
  for (const v of violations) {
    const key = alertKey(v);
    if (seen.has(key)) continue;
    seen.add(key);
    const alert = firingByKey.get(key);
    if (alert) {
      plan.keep.push({ alert, violation: v, notify: alert.notifiedAt === null && !recentlyResolved.has(key) });
      firingByKey.delete(key);
    } else if (recentlyResolved.has(key)) {
      plan.suppressed.push(v);
    } else {
      plan.fire.push(v);
    }
  }
  plan.resolve.push(...firingByKey.values());
  return plan;
}
