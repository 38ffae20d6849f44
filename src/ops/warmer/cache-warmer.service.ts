import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BookingService } from 'src/booking/booking.service';
import { localParts } from 'src/booking/when';
import { databaseConfig, opsConfig, type DatabaseConfig, type OpsConfig } from 'src/config';
import type { ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { SYSTEM_PRINCIPAL, type ToolContext } from 'src/orchestrator/tool.types';
import { ClusterScheduler } from 'src/platform/scheduling/cluster-scheduler.service';

export interface CacheWarmReport {
  /** Active numbers whose resolution is now cached (system and company-scoped keys). */
  numbers: number;
  /** Event types (per company and time zone) whose availability window is now cached. */
  availability: number;
  /** Availability left out: the vendor's rate limit (or the warmer's share of it) was spent. */
  skipped: number;
  /** Lookups that failed (upstream errors, numbers that no longer resolve). */
  failed: number;
  durationMs: number;
  startedAt: string;
  /** The first few failures and skips, for the operator (no phone numbers). */
  problems: { kind: 'number' | 'availability'; target: string; code: string }[];
}

/** The warmer's share of a vendor's per-minute limit: live calls keep the rest. */
const RATE_SHARE = 0.5;
/** Parallel lookups per round: gentle on PostgreSQL and the vendor. */
const CONCURRENCY = 4;
/** Budget of one lookup, including the wait for a rate-limit token. */
const LOOKUP_DEADLINE_MS = 8000;
const MAX_PROBLEMS = 20;

interface ActiveNumber {
  number: string;
  company_id: string;
}

/**
 * The cache warmer (DESIGN §2 `src/ops/`): pre-loads what the voice path reads first, so the first call of
 * the day is a cache hit — the resolution of every active number under both keys the voice path uses (the
 * Retell endpoints resolve as the system, the voice session again for its company) and the availability
 * window of every event type the resolutions name, through `BookingService.freeSlots` with the company-bound
 * context the voice tools use (same params, same cache key). Availability stays within a share of the
 * vendor's rate limit; what does not fit is reported as skipped.
 */
@Injectable()
export class CacheWarmer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CacheWarmer');
  private running: Promise<CacheWarmReport> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly orchestrator: McpOrchestrator,
    private readonly booking: BookingService,
    private readonly registry: ToolRegistry,
    private readonly scheduler: ClusterScheduler,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(opsConfig.KEY) private readonly config: OpsConfig,
    @Inject(databaseConfig.KEY) private readonly database: DatabaseConfig,
  ) {}

  onApplicationBootstrap(): void {
    const intervalMs = this.config.cacheWarmIntervalMs;
    if (intervalMs <= 0) return;
    if (this.database.embedded) {
      // One process is the whole cluster, and PGlite's single connection must not be held by the lock's
      // transaction while the lookups query it.
      this.timer = setInterval(() => void this.warm().catch(() => undefined), intervalMs);
      this.timer.unref();
      return;
    }
    this.scheduler.every({
      name: 'cache-warmer',
      intervalMs,
      run: async () => {
        const report = await this.warm();
        this.logger.log(
          `warmed ${report.numbers} numbers, ${report.availability} availability windows ` +
            `(${report.skipped} skipped, ${report.failed} failed) in ${report.durationMs} ms`,
        );
      },
    });
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One round now; a round already running on this instance is joined, not doubled. */
  warm(): Promise<CacheWarmReport> {
    this.running ??= this.round().finally(() => (this.running = null));
    return this.running;
  }

  private async round(): Promise<CacheWarmReport> {
    const started = Date.now();
    const report: CacheWarmReport = {
      numbers: 0,
      availability: 0,
      skipped: 0,
      failed: 0,
      durationMs: 0,
      startedAt: new Date(started).toISOString(),
      problems: [],
    };
    const problem = (kind: 'number' | 'availability', target: string, code: string) => {
      if (report.problems.length < MAX_PROBLEMS) report.problems.push({ kind, target, code });
    };

    const numbers: ActiveNumber[] = await this.dataSource.query(
      `SELECT p.number, p.company_id
         FROM phone_numbers p
         JOIN branches b ON b.id = p.branch_id AND b.company_id = p.company_id AND b.deleted_at IS NULL AND b.is_active
         JOIN companies c ON c.id = p.company_id AND c.deleted_at IS NULL
        WHERE p.deleted_at IS NULL AND p.is_active
        ORDER BY p.company_id, p.number`,
    );

    // Phone → branch: both keys of the voice path (system for the Retell endpoints, company for the session).
    const eventTypes = new Map<string, { companyId: string; eventTypeId: number; timeZone: string }>();
    await eachLimited(numbers, CONCURRENCY, async ({ number, company_id: companyId }) => {
      try {
        await this.orchestrator.execute('directory', 'resolve_phone_number', { number }, this.system(null));
        const resolved = await this.orchestrator.execute<ResolvedNumber>(
          'directory',
          'resolve_phone_number',
          { number },
          this.system(companyId),
        );
        report.numbers++;
        const ids = [
          resolved.branch.calcomEventTypeId,
          ...resolved.services.map((s) => s.calcomEventTypeId),
          ...resolved.staff.map((s) => s.calcomEventTypeId),
        ];
        for (const eventTypeId of ids) {
          if (eventTypeId === null || eventTypeId === undefined) continue;
          const timeZone = resolved.branch.timezone;
          eventTypes.set(`${companyId}|${eventTypeId}|${timeZone}`, { companyId, eventTypeId, timeZone });
        }
      } catch (err) {
        report.failed++;
        problem('number', `company:${companyId}`, toToolError(err).code);
      }
    });

    // Availability: the window every voice question about the event type shares, within the warmer's share.
    const perMinute = this.registry.server('calcom').options.rateLimit?.perMinute;
    const budget = perMinute ? Math.max(1, Math.floor(perMinute * RATE_SHARE)) : Infinity;
    const targets = [...eventTypes.values()];
    const within = targets.slice(0, budget === Infinity ? undefined : budget);
    for (const t of targets.slice(within.length)) {
      report.skipped++;
      problem('availability', `${t.companyId}:${t.eventTypeId}`, 'RATE_BUDGET');
    }
    await eachLimited(within, CONCURRENCY, async ({ companyId, eventTypeId, timeZone }) => {
      const ctx = this.toolContext(companyId);
      try {
        await this.booking.freeSlots(ctx, eventTypeId, localParts(new Date(), timeZone).date, 1, timeZone);
        report.availability++;
      } catch (err) {
        const code = toToolError(err).code;
        if (code === 'RATE_LIMITED') report.skipped++;
        else report.failed++;
        problem('availability', `${companyId}:${eventTypeId}`, code);
      }
    });

    report.durationMs = Date.now() - started;
    return report;
  }

  private system(companyId: string | null) {
    return { principal: SYSTEM_PRINCIPAL, companyId, deadline: Date.now() + LOOKUP_DEADLINE_MS };
  }

  /** The context of the voice session's child calls: the system acting for the company. */
  private toolContext(companyId: string): ToolContext {
    const deadline = Date.now() + LOOKUP_DEADLINE_MS;
    return {
      principal: SYSTEM_PRINCIPAL,
      companyId,
      deadline,
      signal: AbortSignal.timeout(LOOKUP_DEADLINE_MS),
      parent: { server: 'ops', tool: 'cache_warm' },
    };
  }
}

async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
