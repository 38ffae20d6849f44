import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { isPlatformRole, type Principal } from 'src/auth/principal';
import { actorOf } from 'src/admin-api/common/audit-actor';
import { AuditService } from 'src/platform/audit/audit.service';
import { queryRows } from 'src/platform/database/query-rows';
import { AppError } from 'src/platform/errors/app-error';
import { PURGED_PAYLOAD_SQL } from './retention-purge.service';

export interface CustomerDataExport {
  exportedAt: string;
  customer: Record<string, unknown>;
  calls: Record<string, unknown>[];
  appointments: Record<string, unknown>[];
  callbackRequests: Record<string, unknown>[];
  /** The stored webhooks that concern the caller (their payloads are the calls above, as Retell sent them). */
  webhookEvents: Record<string, unknown>[];
}

export interface CustomerEraseResult {
  customerId: string;
  calls: number;
  appointments: number;
  callbackRequests: number;
  webhookEvents: number;
}

interface CustomerRow {
  id: string;
  phone: string;
  email: string | null;
}

/** The caller's calls: linked to the customer, or from (inbound) or to (outbound) their number. */
const CALLS_OF_CALLER = `company_id = $1 AND (customer_id = $2 OR from_number = $3 OR to_number = $3)`;

/**
 * A caller's personal data (GDPR Art. 15 and 17) — export and erase, both audited, tenant-isolated.
 *
 * Erase keeps what billing must keep and nothing personal:
 * - calls stay (retell call id, times, duration, cost, status, direction, branch, agent — the ledger's
 *   charges reference them); transcript, transcript object, recording URL, dynamic variables, summary,
 *   analysis and the caller's number are cleared.
 * - appointments stay as calendar slots (times, status, Cal.com uid, service, staff); notes and metadata are
 *   cleared and the customer link is dropped. The booking at Cal.com is the company's own to erase.
 * - callback requests lose name, phone, reason and preferred time.
 * - stored webhooks mentioning the caller (their calls, number or e-mail) keep their row and dedupe key (a late
 *   redelivery stays a duplicate) but their payload becomes `{"purged": true}`.
 * - the customer row is deleted (calls and appointments point to it with ON DELETE SET NULL). A later call
 *   from the same number creates a new customer.
 * The audit entries hold counts only, never the erased data.
 */
@Injectable()
export class CustomerDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async export(principal: Principal, companyId: string, customerId: string): Promise<CustomerDataExport> {
    assertMayHandlePersonalData(principal);
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [customer] = await em.query(
        `SELECT id, phone, name, email, notes, created_at AS "createdAt", updated_at AS "updatedAt"
           FROM customers WHERE company_id = $1 AND id = $2`,
        [companyId, customerId],
      );
      if (!customer) throw AppError.notFound('Customer');
      const params = [companyId, customerId, customer.phone];
      const calls = await em.query(
        `SELECT id, retell_call_id AS "retellCallId", branch_id AS "branchId", agent_id AS "agentId", direction,
                from_number AS "fromNumber", to_number AS "toNumber", status, started_at AS "startedAt",
                ended_at AS "endedAt", duration_seconds AS "durationSeconds",
                disconnection_reason AS "disconnectionReason", transcript, transcript_object AS "transcriptObject",
                recording_url AS "recordingUrl", cost_cents AS "costCents", dynamic_variables AS "dynamicVariables",
                summary, sentiment, successful, analysis, created_at AS "createdAt"
           FROM calls WHERE ${CALLS_OF_CALLER} ORDER BY started_at NULLS LAST, id`,
        params,
      );
      const callIds = calls.map((c: { id: string }) => c.id);
      const retellIds = calls.map((c: { retellCallId: string }) => c.retellCallId);
      const appointments = await em.query(
        `SELECT id, branch_id AS "branchId", call_id AS "callId", service_id AS "serviceId", staff_id AS "staffId",
                calcom_booking_uid AS "calcomBookingUid", starts_at AS "startsAt", ends_at AS "endsAt", status, notes,
                metadata, created_at AS "createdAt"
           FROM appointments WHERE company_id = $1 AND (customer_id = $2 OR call_id = ANY($3::uuid[]))
          ORDER BY starts_at, id`,
        [companyId, customerId, callIds],
      );
      const callbackRequests = await em.query(
        `SELECT id, branch_id AS "branchId", retell_call_id AS "retellCallId", phone, name, reason,
                preferred_time AS "preferredTime", source, done, created_at AS "createdAt"
           FROM callback_requests
          WHERE company_id = $1 AND (customer_id = $2 OR phone = $3 OR retell_call_id = ANY($4::text[]))
          ORDER BY created_at, id`,
        [companyId, customerId, customer.phone, retellIds],
      );
      const webhookEvents = await em.query(
        `SELECT id, provider, event_type AS "eventType", status, received_at AS "receivedAt"
           FROM webhook_events e WHERE ${eventsOfCaller('e')} ORDER BY received_at, id`,
        [companyId, retellIds, customer.phone, customer.email],
      );
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'customer.export',
          targetType: 'customer',
          targetId: customerId,
          companyId,
          after: {
            calls: calls.length,
            appointments: appointments.length,
            callbackRequests: callbackRequests.length,
            webhookEvents: webhookEvents.length,
          },
        },
        em,
      );
      return { exportedAt: new Date().toISOString(), customer, calls, appointments, callbackRequests, webhookEvents };
    });
  }

  async erase(principal: Principal, companyId: string, customerId: string): Promise<CustomerEraseResult> {
    assertMayHandlePersonalData(principal);
    return this.dataSource.transaction(async (em) => {
      const [customer] = await em.query<CustomerRow[]>(
        `SELECT id, phone, email FROM customers WHERE company_id = $1 AND id = $2 FOR UPDATE`,
        [companyId, customerId],
      );
      if (!customer) throw AppError.notFound('Customer');
      const result = await eraseCaller(em, companyId, customer);
      await this.audit.record(
        {
          actor: actorOf(principal),
          action: 'customer.erase',
          targetType: 'customer',
          targetId: customerId,
          companyId,
          after: { ...result },
        },
        em,
      );
      return result;
    });
  }
}

/** Ops may run the pipeline but may not read or erase a caller's personal data. */
function assertMayHandlePersonalData(principal: Principal): void {
  if (isPlatformRole(principal) && principal.role !== 'super_admin') {
    throw AppError.forbidden('Only a super admin or the company may export or erase personal data');
  }
}

/** `$1` company, `$2` retell call ids, `$3` phone, `$4` e-mail (may be null). */
function eventsOfCaller(alias: string): string {
  return `${alias}.company_id = $1 AND ${alias}.payload IS NOT NULL
      AND (${alias}.payload->'call'->>'call_id' = ANY($2::text[])
           OR strpos(${alias}.payload::text, $3) > 0
           OR ($4::text IS NOT NULL AND strpos(lower(${alias}.payload::text), lower($4::text)) > 0))`;
}

async function eraseCaller(em: EntityManager, companyId: string, customer: CustomerRow): Promise<CustomerEraseResult> {
  const calls = await queryRows<{ id: string; retell_call_id: string }>(
    em,
    `UPDATE calls
        SET transcript = NULL, transcript_object = NULL, recording_url = NULL, dynamic_variables = NULL,
            summary = NULL, analysis = NULL,
            from_number = CASE WHEN from_number = $3 THEN NULL ELSE from_number END,
            to_number = CASE WHEN to_number = $3 THEN NULL ELSE to_number END,
            updated_at = now()
      WHERE ${CALLS_OF_CALLER}
      RETURNING id, retell_call_id`,
    [companyId, customer.id, customer.phone],
  );
  const callIds = calls.map((c) => c.id);
  const retellIds = calls.map((c) => c.retell_call_id);
  const appointments = await queryRows<{ id: string }>(
    em,
    `UPDATE appointments SET notes = NULL, metadata = '{}'::jsonb, customer_id = NULL, updated_at = now()
      WHERE company_id = $1 AND (customer_id = $2 OR call_id = ANY($3::uuid[]))
      RETURNING id`,
    [companyId, customer.id, callIds],
  );
  const callbacks = await queryRows<{ id: string }>(
    em,
    `UPDATE callback_requests
        SET name = NULL, phone = NULL, reason = NULL, preferred_time = NULL, customer_id = NULL, updated_at = now()
      WHERE company_id = $1 AND (customer_id = $2 OR phone = $3 OR retell_call_id = ANY($4::text[]))
      RETURNING id`,
    [companyId, customer.id, customer.phone, retellIds],
  );
  const events = await queryRows<{ id: string }>(
    em,
    `UPDATE webhook_events e SET payload = ${PURGED_PAYLOAD_SQL}, updated_at = now()
      WHERE ${eventsOfCaller('e')} AND NOT (e.payload @> '{"purged": true}'::jsonb)
      RETURNING e.id`,
    [companyId, retellIds, customer.phone, customer.email],
  );
  await em.query(`DELETE FROM customers WHERE company_id = $1 AND id = $2`, [companyId, customer.id]);
  return {
    customerId: customer.id,
    calls: calls.length,
    appointments: appointments.length,
    callbackRequests: callbacks.length,
    webhookEvents: events.length,
  };
}
