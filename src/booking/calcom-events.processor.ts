import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { affectedDates, slotTag } from 'src/mcp-servers/calcom/calcom.mcp-server';
import type { WebhookEvent } from 'src/mcp-servers/webhook/webhook-event.entity';
import { ProcessOutcome, WebhookInboxService } from 'src/mcp-servers/webhook/webhook-inbox.service';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { queryRows } from 'src/platform/database/query-rows';
import { toE164 } from 'src/platform/phone/phone';
import type { AppointmentStatus } from './appointment.entity';
import { isObject } from 'src/platform/json';

/** What Switchboard reads from a Cal.com booking webhook payload (webhook version 2021-10-20). */
export interface CalcomBookingEvent {
  uid: string;
  /** BOOKING_RESCHEDULED: the booking this one replaces (Cal.com `rescheduleUid`). */
  previousUid: string | null;
  eventTypeId: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** BOOKING_RESCHEDULED: when the replaced booking started (Cal.com `rescheduleStartTime`). */
  previousStartsAt: Date | null;
  /** The attendee's number as E.164, when Cal.com has one. */
  attendeePhone: string | null;
}

/** The parts of the payload Switchboard uses, or null without a booking uid. */
export function parseCalcomBooking(payload: unknown): CalcomBookingEvent | null {
  const p = isObject(payload) ? payload : {};
  const uid = str(p.uid);
  if (!uid) return null;
  const eventTypeId =
    Number.isInteger(p.eventTypeId) && (p.eventTypeId as number) > 0 ? (p.eventTypeId as number) : null;
  return {
    uid,
    previousUid: str(p.rescheduleUid),
    eventTypeId,
    startsAt: instant(p.startTime),
    endsAt: instant(p.endTime),
    previousStartsAt: instant(p.rescheduleStartTime),
    attendeePhone: attendeePhoneOf(p),
  };
}

/**
 * The attendee's phone: the booking form's `attendeePhoneNumber` response (a `{label, value}` entry in
 * webhooks, a plain string elsewhere), else the first attendee's `phoneNumber`.
 */
export function attendeePhoneOf(payload: Record<string, unknown>): string | null {
  const responses = isObject(payload.responses) ? payload.responses : {};
  const response = responses.attendeePhoneNumber;
  const attendees = Array.isArray(payload.attendees) ? payload.attendees.filter(isObject) : [];
  const candidates = [isObject(response) ? response.value : response, ...attendees.map((a) => a.phoneNumber)];
  for (const candidate of candidates) {
    const phone = str(candidate) && toE164(candidate as string);
    if (phone) return phone;
  }
  return null;
}

interface Change {
  outcome: ProcessOutcome;
  /** Event type and start instants whose cached availability is now wrong. */
  eventTypeId: number | null;
  starts: (Date | null)[];
}

interface Matched {
  id: string;
  calcom_booking_uid: string;
  calcom_event_type_id: number;
  starts_at: Date;
}

/**
 * Cal.com booking events (vendor-wire-formats §4.6) → the company's appointments, then the cached
 * availability of the dates they touch is dropped, so an agent never offers a slot just taken elsewhere.
 * Everything is scoped to the company whose webhook secret signed the event: a uid another company holds
 * is never touched.
 */
@Injectable()
export class CalcomEventsProcessor implements OnModuleInit {
  private readonly logger = new Logger('CalcomEvents');

  constructor(
    private readonly inbox: WebhookInboxService,
    private readonly cache: ToolCacheService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.inbox.register('calcom', (event) => this.process(event));
  }

  async process(event: WebhookEvent): Promise<ProcessOutcome> {
    const booking = parseCalcomBooking(isObject(event.payload) ? event.payload.payload : null);
    if (!event.companyId || !booking) return 'ignored';
    let change: Change;
    switch (event.eventType) {
      case 'BOOKING_CREATED':
        change = await this.created(event.companyId, booking);
        break;
      case 'BOOKING_RESCHEDULED':
        change = await this.rescheduled(event.companyId, booking);
        break;
      case 'BOOKING_CANCELLED':
      case 'BOOKING_REJECTED':
        change = await this.cancelled(event.companyId, booking);
        break;
      default:
        return 'ignored';
    }
    // Once the change is committed: Cal.com's slots already show the booking, so the next check refetches them.
    await this.invalidate(event.companyId, change);
    return change.outcome;
  }

  /** Switchboard's own booking keeps its row (times aligned); one made elsewhere gets a row of its own. */
  private async created(companyId: string, booking: CalcomBookingEvent): Promise<Change> {
    const change: Change = { outcome: 'processed', eventTypeId: booking.eventTypeId, starts: [booking.startsAt] };
    if (await this.insert(this.dataSource.manager, companyId, booking, 'booked')) return change;
    const [row] = await this.align(this.dataSource.manager, companyId, booking, booking.uid, null);
    if (row) return { ...change, eventTypeId: change.eventTypeId ?? row.calcom_event_type_id };
    // Incomplete payload, or the uid belongs to another company (two companies on one Cal.com account).
    return { ...change, outcome: 'ignored' };
  }

  /** Moves the appointment of the old uid (or one already under the new uid) to the new uid and times. */
  private async rescheduled(companyId: string, booking: CalcomBookingEvent): Promise<Change> {
    const uids = booking.previousUid ? [booking.previousUid, booking.uid] : [booking.uid];
    const result = await this.dataSource.transaction(
      async (em): Promise<{ outcome: ProcessOutcome; old: Matched[] }> => {
        const rows = await queryRows<Matched>(
          em,
          `SELECT id, calcom_booking_uid, calcom_event_type_id, starts_at FROM appointments
            WHERE company_id = $1 AND calcom_booking_uid = ANY($2) FOR UPDATE`,
          [companyId, uids],
        );
        // A redelivery finds the row already moved; the new uid wins so the unique index is never hit.
        const target = rows.find((r) => r.calcom_booking_uid === booking.uid) ?? rows[0];
        if (!target) {
          const inserted = await this.insert(em, companyId, booking, 'rescheduled');
          return { outcome: inserted ? 'processed' : 'ignored', old: [] };
        }
        await this.align(em, companyId, booking, target.calcom_booking_uid, 'rescheduled');
        const stale = rows.filter((r) => r.id !== target.id).map((r) => r.id);
        if (stale.length) await this.setStatus(em, companyId, stale, 'cancelled');
        return { outcome: 'processed', old: rows };
      },
    );
    return {
      outcome: result.outcome,
      eventTypeId: booking.eventTypeId ?? result.old[0]?.calcom_event_type_id ?? null,
      starts: [booking.startsAt, booking.previousStartsAt, ...result.old.map((r) => r.starts_at)],
    };
  }

  private async cancelled(companyId: string, booking: CalcomBookingEvent): Promise<Change> {
    const rows = await queryRows<Matched>(
      this.dataSource,
      `UPDATE appointments SET status = 'cancelled', updated_at = now()
        WHERE company_id = $1 AND calcom_booking_uid = $2
        RETURNING id, calcom_booking_uid, calcom_event_type_id, starts_at`,
      [companyId, booking.uid],
    );
    return {
      // A booking Switchboard never saw still frees its slot in Cal.com: the cache is dropped either way.
      outcome: rows.length ? 'processed' : 'ignored',
      eventTypeId: booking.eventTypeId ?? rows[0]?.calcom_event_type_id ?? null,
      starts: [booking.startsAt, ...rows.map((r) => r.starts_at)],
    };
  }

  /**
   * A row for a booking made outside Switchboard. ON CONFLICT DO NOTHING on every unique index: a
   * concurrent duplicate, Switchboard's own row or another company's uid all make it a no-op (false).
   */
  private async insert(
    em: EntityManager,
    companyId: string,
    booking: CalcomBookingEvent,
    status: AppointmentStatus,
  ): Promise<boolean> {
    if (booking.eventTypeId === null || !booking.startsAt || !booking.endsAt) {
      this.logger.warn(`Cal.com booking ${booking.uid} lacks event type or times; no appointment created`);
      return false;
    }
    const directory = await this.directoryOf(em, companyId, booking.eventTypeId);
    const customerId = booking.attendeePhone ? await this.customerOf(em, companyId, booking.attendeePhone) : null;
    const metadata = { source: 'calcom', ...(booking.previousUid ? { rescheduledFromUid: booking.previousUid } : {}) };
    const rows = await queryRows<{ id: string }>(
      em,
      `INSERT INTO appointments (company_id, branch_id, service_id, staff_id, customer_id, calcom_event_type_id,
                                 calcom_booking_uid, idempotency_key, starts_at, ends_at, status, metadata)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        companyId,
        directory.branchId,
        directory.serviceId,
        directory.staffId,
        customerId,
        booking.eventTypeId,
        booking.uid,
        `calcom:${booking.uid}`,
        booking.startsAt,
        booking.endsAt,
        status,
        JSON.stringify(metadata),
      ],
    );
    return rows.length > 0;
  }

  /** Sets the company's row of `uid` to the booking's uid and times (and status, when given). */
  private align(
    em: EntityManager,
    companyId: string,
    booking: CalcomBookingEvent,
    uid: string,
    status: AppointmentStatus | null,
  ): Promise<Matched[]> {
    return queryRows<Matched>(
      em,
      `UPDATE appointments
          SET calcom_booking_uid = $3, starts_at = coalesce($4, starts_at), ends_at = coalesce($5, ends_at),
              status = coalesce($6, status), updated_at = now()
        WHERE company_id = $1 AND calcom_booking_uid = $2
        RETURNING id, calcom_booking_uid, calcom_event_type_id, starts_at`,
      [companyId, uid, booking.uid, booking.startsAt, booking.endsAt, status],
    );
  }

  private async setStatus(
    em: EntityManager,
    companyId: string,
    ids: string[],
    status: AppointmentStatus,
  ): Promise<void> {
    await em.query(
      `UPDATE appointments SET status = $3, updated_at = now() WHERE company_id = $1 AND id = ANY($2::uuid[])`,
      [companyId, ids, status],
    );
  }

  /**
   * Branch, service and staff of the event type within the company, each only when exactly one matches;
   * a service's or staff member's branch stands in when no branch names the event type itself.
   */
  private async directoryOf(
    em: EntityManager,
    companyId: string,
    eventTypeId: number,
  ): Promise<{ branchId: string | null; serviceId: string | null; staffId: string | null }> {
    const rows: { kind: 'branch' | 'service' | 'staff'; id: string; branch_id: string | null }[] = await em.query(
      `SELECT 'branch' AS kind, id, id AS branch_id FROM branches
        WHERE company_id = $1 AND calcom_event_type_id = $2 AND deleted_at IS NULL
       UNION ALL
       SELECT 'service', id, branch_id FROM services WHERE company_id = $1 AND calcom_event_type_id = $2
       UNION ALL
       SELECT 'staff', id, branch_id FROM staff WHERE company_id = $1 AND calcom_event_type_id = $2`,
      [companyId, eventTypeId],
    );
    const only = (kind: string) => {
      const matching = rows.filter((r) => r.kind === kind);
      return matching.length === 1 ? matching[0] : null;
    };
    const [branch, service, staff] = [only('branch'), only('service'), only('staff')];
    return {
      branchId: branch?.id ?? service?.branch_id ?? staff?.branch_id ?? null,
      serviceId: service?.id ?? null,
      staffId: staff?.id ?? null,
    };
  }

  private async customerOf(em: EntityManager, companyId: string, phone: string): Promise<string | null> {
    const [row]: { id: string }[] = await em.query('SELECT id FROM customers WHERE company_id = $1 AND phone = $2', [
      companyId,
      phone,
    ]);
    return row?.id ?? null;
  }

  /** The same tags `calcom.check_availability` caches under, for every date a change can show up on. */
  private async invalidate(companyId: string, change: Change): Promise<void> {
    if (change.eventTypeId === null) return;
    const dates = new Set(change.starts.flatMap((s) => (s ? affectedDates(s.toISOString()) : [])));
    await Promise.all([...dates].map((d) => this.cache.invalidate(companyId, slotTag(change.eventTypeId!, d))));
  }
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;
}

function instant(value: unknown): Date | null {
  const s = str(value);
  const t = s ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? null : new Date(t);
}
