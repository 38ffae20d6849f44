import { randomInt } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter } from 'prom-client';
import { DataSource, EntityManager } from 'typeorm';
import { webhooksConfig, type WebhooksConfig } from 'src/config';
import { ToolStatsService } from 'src/orchestrator/stats/tool-stats.service';
import { AppError } from 'src/platform/errors/app-error';
import { isDatabaseUnavailable } from 'src/platform/database/connection-errors';
import { poolQuery, queryRows } from 'src/platform/database/query-rows';
import { RequestContext } from 'src/platform/logging/request-context';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';
import { QueueService } from 'src/platform/queue/queue.service';
import { WebhookEvent, WebhookProvider, WebhookStatus } from './webhook-event.entity';

export const WEBHOOK_QUEUE = 'webhooks';
const PROCESS_JOB = 'process';

export type ProcessOutcome = 'processed' | 'ignored';

/** Turns one stored event into domain changes; must be idempotent (replays and redeliveries run it again). */
export type WebhookProcessor = (event: WebhookEvent) => Promise<ProcessOutcome>;

export interface IngestInput {
  provider: WebhookProvider;
  dedupeKey: string;
  eventType: string;
  companyId: string | null;
  /** The body exactly as received (stored as jsonb). */
  rawBody: Buffer;
  /** Unknown event types are stored as `ignored` and never processed. */
  known: boolean;
  startedAt: number;
}

export interface IngestResult {
  id: string | null;
  duplicate: boolean;
}

const signatureFailures = singleton(
  METRICS.webhookSignatureFailures,
  () =>
    new Counter({
      name: METRICS.webhookSignatureFailures,
      help: 'Webhook requests refused for a missing or bad signature',
      labelNames: ['provider'],
    }),
);
const ingested = singleton(
  METRICS.webhookEvents,
  () =>
    new Counter({
      name: METRICS.webhookEvents,
      help: 'Webhook deliveries by provider and result (stored, duplicate, ignored)',
      labelNames: ['provider', 'result'],
    }),
);

/** Events the sweeper takes per round: a backlog drains over several rounds instead of one huge batch. */
const SWEEP_BATCH = 500;
/** A `processing` claim older than this is taken to belong to a worker that died. */
const MIN_PROCESSING_STALE_MS = 5 * 60_000;
/** First and longest wait between tries to record an outcome the database could not take when processing ended. */
const RECORD_RETRY_FIRST_MS = 200;
const RECORD_RETRY_MAX_MS = 5000;

/** One job's hold on an event: the attempt it counts as and the `updated_at` it stamped (its identity). */
interface Claim {
  attempts: number;
  stamp: string;
}

/** Now, to the microsecond PostgreSQL keeps, with random microseconds: two claims never share a stamp. */
const claimStamp = (): string => new Date().toISOString().replace('Z', `${String(randomInt(1000)).padStart(3, '0')}Z`);

/**
 * The inbox (DESIGN §5): an event is acknowledged only once its row exists under a unique dedupe key; then a
 * job processes it (statuses received → processing → processed | ignored | failed → dead). Processing claims
 * the row first, so duplicate jobs (sweeper, replay, Bull retry) never run one event twice at once.
 */
@Injectable()
export class WebhookInboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('WebhookInbox');
  private readonly processors = new Map<WebhookProvider, WebhookProcessor>();
  private readonly recordRetries = new Set<NodeJS.Timeout>();
  private closing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(webhooksConfig.KEY) private readonly config: WebhooksConfig,
    private readonly queue: QueueService,
    private readonly stats: ToolStatsService,
  ) {}

  onModuleInit(): void {
    this.queue.process<{ eventId: string }>(WEBHOOK_QUEUE, PROCESS_JOB, (data) => this.process(data.eventId), 8);
  }

  /** Each provider's domain module registers how its events are processed (arrows point to the inbox). */
  register(provider: WebhookProvider, processor: WebhookProcessor): void {
    this.processors.set(provider, processor);
  }

  /** A refused signature: counted in the metric and in the per-minute rollups operators see. */
  signatureFailed(provider: WebhookProvider, companyId: string | null, startedAt: number): void {
    signatureFailures.inc({ provider });
    this.stats.record({
      server: 'webhook',
      tool: `${provider}_signature`,
      companyId,
      outcome: 'rejected',
      latencyMs: Date.now() - startedAt,
      errorCode: 'UNAUTHENTICATED',
    });
  }

  /** Stores the event once; a redelivery is a no-op. Resolves only when the row is committed. */
  async ingest(input: IngestInput): Promise<IngestResult> {
    const status: WebhookStatus = input.known ? 'received' : 'ignored';
    // One statement, no transaction: straight through the driver's pool (the hot path of every webhook).
    const rows = await poolQuery<{ id: string }>(
      this.dataSource,
      `INSERT INTO webhook_events (provider, dedupe_key, event_type, company_id, status, payload, request_id, processed_at)
       VALUES ($1, $2, $3, $4, $5::varchar, $6::jsonb, $7, CASE WHEN $5::varchar = 'ignored' THEN now() END)
       ON CONFLICT (provider, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        input.provider,
        input.dedupeKey,
        input.eventType.slice(0, 64),
        input.companyId,
        status,
        input.rawBody.toString('utf8'),
        RequestContext.requestId() ?? null,
      ],
    );
    const id = rows[0]?.id ?? null;
    const result = id === null ? 'duplicate' : input.known ? 'stored' : 'ignored';
    ingested.inc({ provider: input.provider, result });
    this.stats.record({
      server: 'webhook',
      tool: `${input.provider}_ingest`,
      companyId: input.companyId,
      outcome: 'ok',
      latencyMs: Date.now() - input.startedAt,
      errorCode: null,
    });
    if (id !== null && input.known) await this.enqueue(id, `wh:${id}:0`);
    return { id, duplicate: id === null };
  }

  /**
   * Enqueues processing; Redis being down is not the sender's problem: the row is stored, so the sweeper
   * enqueues it later. Job ids are stable per attempt count, so the sweeper never doubles a waiting job.
   */
  private async enqueue(eventId: string, jobId: string, replaceFinished = false): Promise<boolean> {
    try {
      await this.queue.add(
        WEBHOOK_QUEUE,
        PROCESS_JOB,
        { eventId },
        { jobId, attempts: this.config.maxAttempts, backoffMs: this.config.retryBackoffMs, replaceFinished },
      );
      return true;
    } catch (err) {
      this.logger.warn(
        `Webhook event ${eventId} stored but not enqueued (${(err as Error).message}); the sweeper will`,
      );
      return false;
    }
  }

  /** The job: claim, run the provider's processor, record the outcome; failures retry until `dead`. */
  async process(eventId: string): Promise<void> {
    const claim = await this.claim(eventId);
    if (!claim) return; // processed, dead or claimed by another job
    let outcome: WebhookStatus;
    let failure: { err: unknown; message: string } | undefined;
    try {
      const event = await this.dataSource.getRepository(WebhookEvent).findOneByOrFail({ id: eventId });
      const processor = this.processors.get(event.provider);
      outcome = processor ? await processor(event) : 'ignored';
    } catch (err) {
      failure = { err, message: err instanceof Error ? err.message : String(err) };
      outcome = claim.attempts >= this.config.maxAttempts ? 'dead' : 'failed';
    }
    await this.finish(eventId, claim, outcome, failure?.message.slice(0, 2000) ?? null);
    if (!failure) return;
    if (outcome === 'dead') {
      this.logger.error(`Webhook event ${eventId} is dead after ${claim.attempts} attempts: ${failure.message}`);
    } else throw failure.err; // the queue retries with backoff
  }

  /**
   * Takes the event for processing; the row lock lets one claimer win. The claim is stamped (`updated_at`,
   * unique to the microsecond) so that only its owner records the outcome. When the connection drops
   * mid-statement the claim may have committed unseen: left `processing`, the event would wait minutes for the
   * stale-claim limit (a Bull retry finds it claimed), so it is handed back as `failed` once the database
   * answers again — by its stamp, so a claim that never committed, or another job's claim, is left alone.
   */
  private async claim(eventId: string): Promise<Claim | undefined> {
    const stamp = claimStamp();
    try {
      const [row] = await queryRows<{ attempts: number }>(
        this.dataSource,
        `UPDATE webhook_events SET status = 'processing', attempts = attempts + 1, updated_at = $3::timestamptz
          WHERE id = $1 AND (status IN ('received', 'failed')
                OR (status = 'processing' AND updated_at < now() - $2 * interval '1 millisecond'))
          RETURNING attempts`,
        [eventId, this.processingStaleMs, stamp],
      );
      return row && { attempts: row.attempts, stamp };
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        this.recordLater(eventId, stamp, 'failed', `Claim outcome unknown: ${(err as Error).message}`.slice(0, 2000));
      }
      throw err;
    }
  }

  /**
   * Records how this claim (the one that set `attempts`) ended. When the database is unreachable at that
   * moment (an outage that usually also failed the processing), the outcome is recorded in the background as
   * soon as it is back: left `processing`, the event would wait for the stale-claim limit (minutes) before
   * the sweeper took it again, since a Bull retry finds it claimed.
   */
  private async finish(eventId: string, claim: Claim, status: WebhookStatus, error: string | null): Promise<void> {
    try {
      await this.recordOutcome(eventId, claim.stamp, status, error);
    } catch (err) {
      this.recordLater(eventId, claim.stamp, status, error);
      throw err;
    }
  }

  private async recordOutcome(eventId: string, stamp: string, status: WebhookStatus, error: string | null) {
    // Only while the claim is still ours: a stale-claim takeover (another stamp) has the last word.
    await this.dataSource.query(
      `UPDATE webhook_events SET status = $2::varchar, last_error = $3, updated_at = now(),
              processed_at = CASE WHEN $2::varchar IN ('processed', 'ignored') THEN now() ELSE processed_at END
        WHERE id = $1 AND status = 'processing' AND updated_at = $4::timestamptz`,
      [eventId, status, error, stamp],
    );
  }

  private recordLater(
    eventId: string,
    stamp: string,
    status: WebhookStatus,
    error: string | null,
    delayMs = RECORD_RETRY_FIRST_MS,
    giveUpAt = Date.now() + this.processingStaleMs,
  ): void {
    // Past the stale-claim limit the sweeper takes the event again anyway; at shutdown likewise.
    if (this.closing || Date.now() > giveUpAt) return;
    const timer = setTimeout(() => {
      this.recordRetries.delete(timer);
      this.recordOutcome(eventId, stamp, status, error).catch(() =>
        this.recordLater(eventId, stamp, status, error, Math.min(delayMs * 2, RECORD_RETRY_MAX_MS), giveUpAt),
      );
    }, delayMs);
    timer.unref();
    this.recordRetries.add(timer);
  }

  onApplicationShutdown(): void {
    this.closing = true;
    for (const timer of this.recordRetries) clearTimeout(timer);
    this.recordRetries.clear();
  }

  private get processingStaleMs(): number {
    return Math.max(this.config.sweepAfterMs, MIN_PROCESSING_STALE_MS);
  }

  /**
   * Re-enqueues events stored but never processed (Redis was down at ingest, a job was lost, a worker died
   * mid-way). Returns how many it enqueued. The caller makes sure one instance sweeps at a time (the
   * manager is the one holding that lock).
   */
  async sweep(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows: { id: string; attempts: number }[] = await manager.query(
      `SELECT id, attempts FROM webhook_events
        WHERE (status IN ('received', 'failed') AND updated_at < now() - $1 * interval '1 millisecond')
           OR (status = 'processing' AND updated_at < now() - $2 * interval '1 millisecond')
        ORDER BY received_at
        LIMIT ${SWEEP_BATCH}`,
      [this.config.sweepAfterMs, this.processingStaleMs],
    );
    let enqueued = 0;
    for (const row of rows) {
      // A job of that id that already ended (e.g. its claims failed while the database was down) is replaced.
      if (!(await this.enqueue(row.id, `wh:${row.id}:${row.attempts}`, true))) break; // Redis still down
      enqueued++;
    }
    return enqueued;
  }

  /**
   * Runs processing again for a stored event (the row is kept; handlers are idempotent). A dead event gets a
   * fresh retry budget. An event already waiting or in progress is a conflict.
   */
  async replay(eventId: string, companyId?: string): Promise<WebhookEvent> {
    const params: unknown[] = [eventId];
    if (companyId) params.push(companyId);
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE webhook_events SET status = 'received', last_error = NULL, updated_at = now(),
              attempts = CASE WHEN status = 'dead' THEN 0 ELSE attempts END
        WHERE id = $1 AND status IN ('processed', 'ignored', 'failed', 'dead') ${companyId ? 'AND company_id = $2' : ''}
        RETURNING id`,
      params,
    );
    const event = await this.dataSource
      .getRepository(WebhookEvent)
      .findOneBy(companyId ? { id: eventId, companyId } : { id: eventId });
    if (!event) throw AppError.notFound('Webhook event');
    if (!rows.length) throw AppError.conflict('This event is already waiting to be processed');
    await this.enqueue(eventId, `wh:${eventId}:replay:${Date.now()}`);
    return event;
  }

  /** Replays every dead event (optionally of one provider or company); returns their ids. */
  async replayDead(filter: { provider?: WebhookProvider; companyId?: string }): Promise<string[]> {
    const params: unknown[] = [];
    const where = ["status = 'dead'"];
    if (filter.provider) where.push(`provider = $${params.push(filter.provider)}`);
    if (filter.companyId) where.push(`company_id = $${params.push(filter.companyId)}`);
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE webhook_events SET status = 'received', last_error = NULL, attempts = 0, updated_at = now()
        WHERE ${where.join(' AND ')} RETURNING id`,
      params,
    );
    const stamp = Date.now();
    for (const row of rows) await this.enqueue(row.id, `wh:${row.id}:replay:${stamp}`);
    return rows.map((r) => r.id);
  }
}
