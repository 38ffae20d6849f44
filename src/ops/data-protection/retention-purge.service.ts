import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { dataProtectionConfig, type DataProtectionConfig } from 'src/config';
import { DEFAULT_COMPANY_SETTINGS } from 'src/mcp-servers/directory/entities/company.entity';
import { withClusterLock } from 'src/platform/database/cluster-lock';
import { queryRows } from 'src/platform/database/query-rows';
import { ClusterScheduler } from 'src/platform/scheduling/cluster-scheduler.service';

export interface PurgeCounts {
  /** Calls whose transcript, recording URL, dynamic variables, summary and analysis were cleared. */
  calls: number;
  /** Stored webhook payloads replaced by `{"purged": true}` (the rows and their dedupe keys stay). */
  webhookEvents: number;
  /** Callback requests whose name, phone, reason and preferred time were cleared. */
  callbackRequests: number;
}

/** What a purged webhook payload becomes: the row stays, so a late redelivery is still a duplicate. */
export const PURGED_PAYLOAD_SQL = `jsonb_build_object('purged', true, 'purgedAt', now())`;

/** A company's retention window in days; `co` is the companies row. */
const RETENTION_DAYS_SQL = `COALESCE((co.settings->>'retentionDays')::int, ${DEFAULT_COMPANY_SETTINGS.retentionDays})`;

/** Events still to be processed keep their payload whatever their age: the processor needs it. */
const SETTLED_EVENT_SQL = `e.status NOT IN ('received', 'processing')`;

/**
 * The retention purge (DESIGN §4): personal data — transcripts, recordings, stored webhook payloads,
 * callback details — is kept only as long as the company's `settings.retentionDays` says (deleted companies
 * included; payloads of webhooks of no known company: RETENTION_UNASSIGNED_DAYS). What billing needs stays:
 * call rows with their times, duration, cost and status; balance transactions; webhook rows and dedupe keys.
 * Nightly (RETENTION_PURGE_INTERVAL_MS), once per cluster, on worker instances.
 */
@Injectable()
export class RetentionPurgeService implements OnModuleInit {
  private readonly logger = new Logger('RetentionPurge');

  constructor(
    @Inject(dataProtectionConfig.KEY) private readonly config: DataProtectionConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduler: ClusterScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.every({
      name: 'retention-purge',
      intervalMs: this.config.purgeIntervalMs,
      run: async (manager) => {
        const counts = await this.purge(manager);
        this.logger.log(
          `Purged ${counts.calls} call(s), ${counts.webhookEvents} webhook payload(s), ${counts.callbackRequests} callback request(s)`,
        );
      },
    });
  }

  /**
   * One purge now (operators, tests), under the same cluster lock as the nightly round: null when another
   * instance is purging right now.
   */
  runNow(): Promise<PurgeCounts | null> {
    return withClusterLock(this.dataSource, 'retention-purge', (manager) => this.purge(manager));
  }

  /** One purge in the given transaction. */
  async purge(manager: EntityManager): Promise<PurgeCounts> {
    const calls = await queryRows<{ id: string }>(
      manager,
      `UPDATE calls c
          SET transcript = NULL, transcript_object = NULL, recording_url = NULL, dynamic_variables = NULL,
              summary = NULL, analysis = NULL, updated_at = now()
         FROM companies co
        WHERE co.id = c.company_id
          AND COALESCE(c.ended_at, c.started_at, c.created_at) < now() - make_interval(days => ${RETENTION_DAYS_SQL})
          AND (c.transcript IS NOT NULL OR c.transcript_object IS NOT NULL OR c.recording_url IS NOT NULL
               OR c.dynamic_variables IS NOT NULL OR c.summary IS NOT NULL OR c.analysis IS NOT NULL)
        RETURNING c.id`,
    );
    const notPurged = `e.payload IS NOT NULL AND NOT (e.payload @> '{"purged": true}'::jsonb)`;
    const companyEvents = await queryRows<{ id: string }>(
      manager,
      `UPDATE webhook_events e SET payload = ${PURGED_PAYLOAD_SQL}, updated_at = now()
         FROM companies co
        WHERE co.id = e.company_id AND ${SETTLED_EVENT_SQL} AND ${notPurged}
          AND e.received_at < now() - make_interval(days => ${RETENTION_DAYS_SQL})
        RETURNING e.id`,
    );
    const unassignedEvents = await queryRows<{ id: string }>(
      manager,
      `UPDATE webhook_events e SET payload = ${PURGED_PAYLOAD_SQL}, updated_at = now()
        WHERE e.company_id IS NULL AND ${SETTLED_EVENT_SQL} AND ${notPurged}
          AND e.received_at < now() - make_interval(days => $1::int)
        RETURNING e.id`,
      [this.config.unassignedRetentionDays],
    );
    const callbacks = await queryRows<{ id: string }>(
      manager,
      `UPDATE callback_requests r
          SET name = NULL, phone = NULL, reason = NULL, preferred_time = NULL, updated_at = now()
         FROM companies co
        WHERE co.id = r.company_id
          AND r.created_at < now() - make_interval(days => ${RETENTION_DAYS_SQL})
          AND (r.name IS NOT NULL OR r.phone IS NOT NULL OR r.reason IS NOT NULL OR r.preferred_time IS NOT NULL)
        RETURNING r.id`,
    );
    return {
      calls: calls.length,
      webhookEvents: companyEvents.length + unassignedEvents.length,
      callbackRequests: callbacks.length,
    };
  }
}
