import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ensureCallRow } from 'src/calls/call-rows';
import type { Availability } from 'src/mcp-servers/calcom/calcom.mcp-server';
import type { CalBooking } from 'src/mcp-servers/calcom/calcom.types';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { sleep } from 'src/platform/async';
import { queryRows } from 'src/platform/database/query-rows';
import { addDays, localParts } from './when';

/** The metadata key a booking carries its idempotency key under: how a lost answer is found again. */
export const IDEMPOTENCY_METADATA_KEY = 'switchboardKey';

export interface BookingRequest {
  companyId: string;
  branchId: string;
  eventTypeId: number;
  start: Date;
  timeZone: string;
  locale: 'de' | 'en';
  name: string;
  phone: string | null;
  email: string | null;
  notes: string | null;
  serviceId: string | null;
  staffId: string | null;
  customerId: string | null;
  retellCallId: string | null;
  idempotencyKey: string;
}

export type BookingOutcome =
  | { status: 'booked'; appointmentId: string; bookingUid: string; start: string; duplicate: boolean }
  | { status: 'taken' };

/** Days from today that availability is fetched for at once (Cal.com answers up to 31). */
const SLOT_WINDOW_DAYS = 14;

/** Time kept back from the booking request for looking the booking up when its answer is lost. */
const LOOKUP_RESERVE_MS = 600;

/** Cal.com errors after which the booking may exist although we have no answer. */
const ANSWER_LOST = new Set(['TIMEOUT', 'UPSTREAM_UNAVAILABLE']);

/** Booking requests per call at most, and the time one needs at least to be worth sending again. */
const MAX_CREATE_ATTEMPTS = 3;
const MIN_ATTEMPT_MS = 300;

/**
 * The booking flow (DESIGN §2 `src/booking/`): idempotent by a key derived from the call (or the API key and
 * the caller) and the slot; Cal.com takes no idempotency key, so the key travels in the booking's metadata
 * and a lost or conflicting answer is resolved by looking the booking up. A retried tool call, a duplicate
 * request or a race never creates two bookings; the loser of a race for the slot hears `taken`. A request
 * Cal.com provably did not carry out (a 429, or a 503 whose booking the lookup does not find) is sent again
 * while the deadline allows, so a transient refusal does not cost the caller the appointment.
 */
@Injectable()
export class BookingService {
  private readonly logger = new Logger('Booking');
  /** Same key on this instance: one attempt at a time (the lookup covers other instances). */
  private readonly inFlight = new Map<string, Promise<BookingOutcome>>();

  constructor(
    private readonly orchestrator: McpOrchestrator,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Call id + event type + start; over MCP (no call) the API key and the caller's phone stand in for it. */
  static idempotencyKey(parts: {
    callId?: string | null;
    actor: string;
    phone?: string | null;
    eventTypeId: number;
    start: Date;
  }): string {
    const who = parts.callId ? `call:${parts.callId}` : `actor:${parts.actor}:${parts.phone ?? ''}`;
    const digest = createHash('sha256')
      .update(`${who}|${parts.eventTypeId}|${parts.start.toISOString()}`)
      .digest('hex');
    return `bk_${digest.slice(0, 40)}`;
  }

  /**
   * Free slot starts (ISO with offset) of an event type from `date` for `days` days, in the branch's zone.
   * Within the next SLOT_WINDOW_DAYS, Cal.com is asked for that whole window and the days are cut out here:
   * every question about the event type shares one cache entry (bookings invalidate it by date).
   */
  async freeSlots(ctx: ToolContext, eventTypeId: number, date: string, days: number, timeZone: string) {
    const today = localParts(new Date(), timeZone).date;
    const last = addDays(date, days - 1);
    const windowEnd = addDays(today, SLOT_WINDOW_DAYS - 1);
    const [start, end] = date >= today && last <= windowEnd ? [today, windowEnd] : [date, last];
    const availability = await this.orchestrator.executeChild<Availability>(
      'calcom',
      'check_availability',
      { eventTypeId, start, end, timeZone },
      ctx,
    );
    return availability.days.filter((d) => d.date >= date && d.date <= last).flatMap((d) => d.starts);
  }

  async book(ctx: ToolContext, request: BookingRequest): Promise<BookingOutcome> {
    const running = this.inFlight.get(request.idempotencyKey);
    if (running) return running.then((o) => (o.status === 'booked' ? { ...o, duplicate: true } : o));
    const attempt = this.bookOnce(ctx, request).finally(() => this.inFlight.delete(request.idempotencyKey));
    this.inFlight.set(request.idempotencyKey, attempt);
    return attempt;
  }

  private async bookOnce(ctx: ToolContext, request: BookingRequest): Promise<BookingOutcome> {
    const existing = await this.appointmentByKey(request.companyId, request.idempotencyKey);
    if (existing) return { status: 'booked', ...existing, duplicate: true };
    // The request may use the deadline but for the reserve: a lost answer is then still found in this call.
    const requestCtx = { ...ctx, deadline: ctx.deadline - LOOKUP_RESERVE_MS };
    for (let attempt = 1; ; attempt++) {
      let booking: CalBooking | null;
      let waitMs = 0;
      try {
        booking = await this.create(requestCtx, request);
      } catch (err) {
        const error = toToolError(err);
        const code = error.code;
        if (code === 'RATE_LIMITED' && !error.local) {
          // Cal.com refused before doing anything: nothing to look for, ask again after its Retry-After.
          booking = null;
          waitMs = (error.retryAfterSeconds ?? 1) * 1000;
        } else {
          if (code !== 'CONFLICT' && !ANSWER_LOST.has(code)) throw err;
          // Taken — perhaps by our own earlier attempt whose answer was lost: look before giving up.
          booking = await this.findOurs(ctx, request);
          if (!booking && code === 'CONFLICT') return { status: 'taken' };
          if (booking) this.logger.log(`Booking ${booking.uid} found again by its idempotency key after ${code}`);
        }
        // Not booked, and Cal.com says so: asking again cannot book twice. A caller on the phone is better
        // served by another attempt within the budget than by a callback (a 503 takes milliseconds).
        if (
          !booking &&
          (attempt >= MAX_CREATE_ATTEMPTS || requestCtx.deadline - Date.now() < waitMs + MIN_ATTEMPT_MS)
        ) {
          throw err;
        }
      }
      if (booking) {
        const appointment = await this.persist(request, booking);
        return { status: 'booked', ...appointment, duplicate: false };
      }
      if (waitMs) await sleep(waitMs);
    }
  }

  private create(ctx: ToolContext, request: BookingRequest): Promise<CalBooking> {
    return this.orchestrator.executeChild<CalBooking>(
      'calcom',
      'create_booking',
      {
        eventTypeId: request.eventTypeId,
        start: request.start.toISOString(),
        name: request.name,
        ...(request.email ? { email: request.email } : {}),
        ...(request.phone ? { phone: request.phone } : {}),
        timeZone: request.timeZone,
        language: request.locale,
        ...(request.notes ? { notes: request.notes } : {}),
        metadata: {
          [IDEMPOTENCY_METADATA_KEY]: request.idempotencyKey,
          ...(request.retellCallId ? { callId: request.retellCallId } : {}),
        },
      },
      ctx,
    );
  }

  private async findOurs(ctx: ToolContext, request: BookingRequest): Promise<CalBooking | null> {
    const around = request.start.getTime();
    const { items } = await this.orchestrator.executeChild<{ items: CalBooking[] }>(
      'calcom',
      'find_bookings',
      {
        eventTypeId: request.eventTypeId,
        afterStart: new Date(around - 60_000).toISOString(),
        beforeEnd: new Date(around + 86_400_000).toISOString(),
        metadata: { [IDEMPOTENCY_METADATA_KEY]: request.idempotencyKey },
      },
      ctx,
    );
    return items.find((b) => b.status !== 'cancelled' && b.status !== 'rejected') ?? null;
  }

  /**
   * The appointment row, once. Cal.com's BOOKING_CREATED webhook may have created it first (as "created
   * elsewhere", keyed `calcom:<uid>`): then this flow takes it over with its own key, call and customer.
   */
  private async persist(
    request: BookingRequest,
    booking: CalBooking,
  ): Promise<{ appointmentId: string; bookingUid: string; start: string }> {
    return this.dataSource.transaction(async (em) => {
      const callId = request.retellCallId ? await ensureCallRow(em, request.companyId, request.retellCallId) : null;
      const values = [
        request.companyId,
        request.branchId,
        request.customerId,
        callId,
        request.serviceId,
        request.staffId,
        request.eventTypeId,
        booking.uid,
        request.idempotencyKey,
        new Date(booking.start),
        new Date(booking.end),
        request.notes,
        JSON.stringify({ source: 'voice', timeZone: request.timeZone }),
      ];
      const inserted = await queryRows<{ id: string }>(
        em,
        `INSERT INTO appointments (company_id, branch_id, customer_id, call_id, service_id, staff_id,
                 calcom_event_type_id, calcom_booking_uid, idempotency_key, starts_at, ends_at, notes, metadata)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
         ON CONFLICT DO NOTHING RETURNING id`,
        values,
      );
      let id = inserted[0]?.id;
      if (!id) {
        const taken = await queryRows<{ id: string }>(
          em,
          `UPDATE appointments SET branch_id = $3, customer_id = $4, call_id = $5, service_id = $6, staff_id = $7,
                  idempotency_key = $8, notes = coalesce($9, notes), metadata = metadata || $10::jsonb, updated_at = now()
            WHERE company_id = $1 AND calcom_booking_uid = $2 AND idempotency_key LIKE 'calcom:%'
            RETURNING id`,
          [
            request.companyId,
            booking.uid,
            request.branchId,
            request.customerId,
            callId,
            request.serviceId,
            request.staffId,
            request.idempotencyKey,
            request.notes,
            values[12],
          ],
        );
        id =
          taken[0]?.id ?? (await this.appointmentByKey(request.companyId, request.idempotencyKey, em))?.appointmentId;
      }
      if (!id) throw new Error(`Appointment for booking ${booking.uid} could not be stored`);
      return { appointmentId: id, bookingUid: booking.uid, start: booking.start };
    });
  }

  /** Cancels the booking in Cal.com and marks the appointment (the webhook would too, later). */
  async cancel(
    ctx: ToolContext,
    appointment: { id: string; calcomBookingUid: string },
    reason?: string,
  ): Promise<void> {
    await this.orchestrator.executeChild(
      'calcom',
      'cancel_booking',
      { uid: appointment.calcomBookingUid, ...(reason ? { reason } : {}) },
      ctx,
    );
    await this.dataSource.query(
      `UPDATE appointments SET status = 'cancelled', updated_at = now() WHERE id = $1 AND company_id = $2`,
      [appointment.id, ctx.companyId],
    );
  }

  /** Moves the booking (Cal.com answers with a new uid) and the appointment with it. */
  async reschedule(
    ctx: ToolContext,
    appointment: { id: string; calcomBookingUid: string },
    start: Date,
  ): Promise<CalBooking | null> {
    let booking: CalBooking;
    try {
      booking = await this.orchestrator.executeChild<CalBooking>(
        'calcom',
        'reschedule_booking',
        { uid: appointment.calcomBookingUid, start: start.toISOString() },
        ctx,
      );
    } catch (err) {
      if (toToolError(err).code === 'CONFLICT') return null;
      throw err;
    }
    await this.dataSource.query(
      `UPDATE appointments SET calcom_booking_uid = $3, starts_at = $4, ends_at = $5, status = 'rescheduled',
              updated_at = now()
        WHERE id = $1 AND company_id = $2`,
      [appointment.id, ctx.companyId, booking.uid, new Date(booking.start), new Date(booking.end)],
    );
    return booking;
  }

  private async appointmentByKey(
    companyId: string,
    key: string,
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<{ appointmentId: string; bookingUid: string; start: string } | null> {
    const [row]: { id: string; uid: string; starts_at: Date }[] = await db.query(
      `SELECT id, calcom_booking_uid AS uid, starts_at FROM appointments
        WHERE company_id = $1 AND idempotency_key = $2 AND status <> 'cancelled'`,
      [companyId, key],
    );
    return row ? { appointmentId: row.id, bookingUid: row.uid, start: row.starts_at.toISOString() } : null;
  }
}
