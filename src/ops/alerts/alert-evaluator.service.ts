import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource, EntityManager } from 'typeorm';
import { alertsConfig, databaseConfig, type AlertsConfig, type DatabaseConfig } from 'src/config';
import { CircuitBreakerService } from 'src/orchestrator/circuit-breaker.service';
import { ToolStatsQueryService } from 'src/orchestrator/stats/tool-stats-query.service';
import { withClusterLock } from 'src/platform/database/cluster-lock';
import { queryRows } from 'src/platform/database/query-rows';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';
import { QueueService } from 'src/platform/queue/queue.service';
import { ClusterScheduler } from 'src/platform/scheduling/cluster-scheduler.service';
import { voiceBudgetMs } from 'src/voice-tools/voice.mcp-server';
import type { Alert, AlertSeverity } from './alert.entity';
import { AlertNotifier } from './alert-notifier.service';
import {
  ALERT_RULES,
  type AlertRuleName,
  circuitViolations,
  deadWebhookViolations,
  errorRateViolations,
  planAlerts,
  queueViolations,
  signatureFailureViolations,
  storedAlertKey,
  type Violation,
  voiceLatencyViolations,
} from './alert-rules';

type Db = DataSource | EntityManager;

export interface EvaluationResult {
  fired: number;
  resolved: number;
  firing: number;
  /** Rules whose data could not be read this round (they neither fired nor resolved). */
  skipped: AlertRuleName[];
}

const ALERT_COLUMNS = `id, rule, severity, company_id AS "companyId", status, message, details, fired_at AS "firedAt",
  resolved_at AS "resolvedAt", acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy",
  notified_at AS "notifiedAt"`;

let exportFiring: ((gauge: Gauge<'rule' | 'severity'>) => Promise<void>) | undefined;

/**
 * Evaluates the alert rules (DESIGN §5: once per cluster, on worker instances) over the data the dashboard
 * shows and keeps the `alerts` table in step: a new condition fires once (unless the same rule × scope
 * resolved within the cooldown) and notifies; a condition that no longer holds resolves and notifies.
 * Low-balance alerts the ledger raises between rounds are notified here and resolved here too.
 */
@Injectable()
export class AlertEvaluator implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(alertsConfig.KEY) private readonly config: AlertsConfig,
    @Inject(databaseConfig.KEY) private readonly database: DatabaseConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ClusterScheduler,
    private readonly stats: ToolStatsQueryService,
    private readonly circuits: CircuitBreakerService,
    private readonly queues: QueueService,
    private readonly notifier: AlertNotifier,
  ) {
    singleton(
      METRICS.alertsFiring,
      () =>
        new Gauge({
          name: METRICS.alertsFiring,
          help: 'Firing alerts per rule and severity (the whole cluster, from the alerts table)',
          labelNames: ['rule', 'severity'],
          async collect() {
            await exportFiring?.(this);
          },
        }),
    );
    exportFiring = (gauge) => this.exportGauge(gauge);
  }

  onModuleInit(): void {
    if (this.database.embedded) {
      // One process is the whole cluster, and PGlite's single connection must not be held by the lock's
      // transaction while the dashboard queries read it.
      if (!this.queues.isWorker) return;
      this.timer = setInterval(() => void this.evaluate().catch(() => undefined), this.config.evaluationIntervalMs);
      this.timer.unref();
      return;
    }
    this.scheduler.every({
      name: 'alert-evaluation',
      intervalMs: this.config.evaluationIntervalMs,
      run: async (manager) => {
        await this.evaluate(manager);
      },
    });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One round now under the cluster lock (tests, operators): null when another instance evaluates right now. */
  evaluateNow(): Promise<EvaluationResult | null> {
    if (this.database.embedded) return this.evaluate();
    return withClusterLock(this.dataSource, 'alert-evaluation', (manager) => this.evaluate(manager));
  }

  /** One round: collect what holds now, diff against the firing alerts, store, then notify. */
  async evaluate(db: Db = this.dataSource): Promise<EvaluationResult> {
    const { violations, evaluated } = await this.collect(db);
    const rules = [...evaluated];
    const firing = await queryRows<Alert>(
      db,
      `SELECT ${ALERT_COLUMNS} FROM alerts WHERE status = 'firing' AND rule = ANY($1) ORDER BY fired_at`,
      [rules],
    );
    const recent = await queryRows<Pick<Alert, 'rule' | 'companyId' | 'details'>>(
      db,
      `SELECT rule, company_id AS "companyId", details FROM alerts
        WHERE status = 'resolved' AND rule = ANY($1) AND resolved_at > now() - make_interval(secs => $2::float8 / 1000)`,
      [rules, this.config.cooldownMs],
    );
    const plan = planAlerts(violations, firing, evaluated, new Set(recent.map(storedAlertKey)));
    const outbox: { alert: Alert; event: 'firing' | 'resolved' }[] = [];

    for (const v of plan.fire) {
      const [alert] = await queryRows<Alert>(
        db,
        `INSERT INTO alerts (rule, severity, company_id, status, message, details, notified_at)
         VALUES ($1, $2, $3, 'firing', $4, $5::jsonb, now()) RETURNING ${ALERT_COLUMNS}`,
        [v.rule, v.severity, v.companyId, v.message, JSON.stringify(detailsOf(v))],
      );
      outbox.push({ alert, event: 'firing' });
    }
    for (const { alert, violation, notify } of plan.keep) {
      const [updated] = await queryRows<Alert>(
        db,
        `UPDATE alerts SET message = $2, details = $3::jsonb, severity = $4, notified_at = COALESCE(notified_at, now())
          WHERE id = $1 RETURNING ${ALERT_COLUMNS}`,
        [alert.id, violation.message, JSON.stringify(detailsOf(violation)), violation.severity],
      );
      if (notify) outbox.push({ alert: updated, event: 'firing' });
    }
    for (const alert of plan.resolve) {
      const [resolved] = await queryRows<Alert>(
        db,
        `UPDATE alerts SET status = 'resolved', resolved_at = now() WHERE id = $1 AND status = 'firing'
         RETURNING ${ALERT_COLUMNS}`,
        [alert.id],
      );
      if (resolved?.notifiedAt) outbox.push({ alert: resolved, event: 'resolved' });
    }
    for (const { alert, event } of outbox) {
      (event === 'firing' ? this.logger.warn : this.logger.log).call(
        this.logger,
        `Alert ${event}: ${alert.rule}${alert.companyId ? ` (company ${alert.companyId})` : ''}: ${alert.message}`,
      );
      await this.notifier
        .notify(alert, event, db)
        .catch((err: Error) => this.logger.warn(`Alert notification failed: ${err.message}`));
    }
    const skipped = ALERT_RULES.filter((r) => !evaluated.has(r));
    return {
      fired: plan.fire.length,
      resolved: plan.resolve.length,
      firing: firing.length + plan.fire.length - plan.resolve.length,
      skipped,
    };
  }

  /** Every rule's current violations; a rule whose data source fails is left out of `evaluated`. */
  private async collect(db: Db): Promise<{ violations: Violation[]; evaluated: Set<AlertRuleName> }> {
    const violations: Violation[] = [];
    const evaluated = new Set<AlertRuleName>();
    const source = async (rules: AlertRuleName[], read: () => Promise<Violation[]>) => {
      try {
        violations.push(...(await read()));
        rules.forEach((r) => evaluated.add(r));
      } catch (err) {
        this.logger.warn(`Alert rules ${rules.join(', ')} skipped: ${(err as Error).message}`);
      }
    };
    const c = this.config;
    await source(['error_rate', 'voice_latency', 'signature_failures'], async () => {
      const tools = await this.stats.recentTools(c.windowMinutes);
      return [
        ...errorRateViolations(tools, c),
        ...voiceLatencyViolations(tools, c, voiceBudgetMs),
        ...signatureFailureViolations(tools, c),
      ];
    });
    await source(['circuit_open'], async () => circuitViolations(await this.circuits.list(), c, Date.now()));
    await source(['queue_backlog'], async () => queueViolations(await this.queues.stats(), c));
    await source(['dead_webhooks'], async () => {
      const [{ dead }] = await queryRows<{ dead: number }>(
        db,
        `SELECT count(*)::int AS dead FROM webhook_events WHERE status = 'dead'`,
      );
      return deadWebhookViolations(dead);
    });
    await source(['low_balance'], async () => {
      const rows = await queryRows<{ id: string; balance: number; threshold: number }>(
        db,
        `SELECT id, balance_cents AS balance, (settings->>'lowBalanceThresholdCents')::int AS threshold
           FROM companies
          WHERE deleted_at IS NULL AND balance_cents < (settings->>'lowBalanceThresholdCents')::int`,
      );
      return rows.map((r) => ({
        rule: 'low_balance' as const,
        scope: '',
        companyId: r.id,
        severity: 'warning' as const,
        message: `Prepaid balance ${(r.balance / 100).toFixed(2)} EUR is below the threshold of ${(r.threshold / 100).toFixed(2)} EUR`,
        details: { balanceCents: r.balance, thresholdCents: r.threshold },
      }));
    });
    await source(['integration_failing'], async () => {
      const rows = await queryRows<{ companyId: string; provider: string; detail: string | null; at: Date | null }>(
        db,
        `SELECT i.company_id AS "companyId", i.provider, i.last_test_detail AS detail, i.last_tested_at AS at
           FROM integrations i JOIN companies co ON co.id = i.company_id AND co.deleted_at IS NULL
          WHERE i.last_test_ok = false`,
      );
      return rows.map((r) => ({
        rule: 'integration_failing' as const,
        scope: r.provider,
        companyId: r.companyId,
        severity: 'warning' as const,
        message: `The ${r.provider} integration failed its last test${r.detail ? `: ${r.detail.slice(0, 200)}` : ''}`,
        details: { provider: r.provider, lastTestedAt: r.at, detail: r.detail?.slice(0, 500) ?? null },
      }));
    });
    return { violations, evaluated };
  }

  private async exportGauge(gauge: Gauge<'rule' | 'severity'>): Promise<void> {
    const rows = await queryRows<{ rule: string; severity: AlertSeverity; n: number }>(
      this.dataSource,
      `SELECT rule, severity, count(*)::int AS n FROM alerts WHERE status = 'firing' GROUP BY 1, 2`,
    ).catch(() => null);
    if (!rows) return;
    gauge.reset();
    for (const row of rows) gauge.set({ rule: row.rule, severity: row.severity }, row.n);
  }
}

/** The stored details carry the scope, so the next round finds the alert again. */
function detailsOf(v: Violation): Record<string, unknown> {
  return { ...v.details, scope: v.scope };
}
