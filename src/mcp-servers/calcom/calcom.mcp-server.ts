import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { McpServer, McpServerHealth, Tool } from 'src/orchestrator/tool.decorator';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { CalcomClient } from './calcom.client';
import type { CalBooking, CalEventType, CalReservation, CalSlotDay } from './calcom.types';
import {
  BookingUidInput,
  CancelBookingInput,
  CheckAvailabilityInput,
  CreateBookingInput,
  EmptyInput,
  FindBookingsInput,
  ReservationUidInput,
  ReserveSlotInput,
  RescheduleBookingInput,
} from './dto/calcom.dto';

const DAY_MS = 86_400_000;
/** The widest availability window one call may ask for. */
export const MAX_RANGE_DAYS = 31;
/** Fetched at once when Switchboard filters what Cal.com cannot (phone, metadata); Cal.com's `take` max. */
const FILTER_WINDOW = 250;

export interface Availability {
  eventTypeId: number;
  timeZone: string;
  days: CalSlotDay[];
  total: number;
}

export interface SyncResult {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

/** `slots:<eventTypeId>:<YYYY-MM-DD>`: the tag an availability answer carries for each date it covers. */
export const slotTag = (eventTypeId: number, date: string): string => `slots:${eventTypeId}:${date}`;

/** The literal dates from `start` to `end` (their first 10 characters), at most MAX_RANGE_DAYS + 1. */
export function datesInRange(start: string, end: string): string[] {
  const from = Date.parse(`${start.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${end.slice(0, 10)}T00:00:00Z`);
  const dates: string[] = [];
  for (let t = from; t <= to && dates.length <= MAX_RANGE_DAYS + 1; t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * The dates whose availability a change at `instant` can affect: its UTC date and the days either side, since
 * an availability query names dates in its own time zone (offsets up to ±14 h).
 */
export function affectedDates(instant: string): string[] {
  const t = Date.parse(instant);
  if (Number.isNaN(t)) return [];
  return [t - DAY_MS, t, t + DAY_MS].map((d) => new Date(d).toISOString().slice(0, 10));
}

const READ = { access: 'tenant-read', idempotent: true, timeoutMs: 8000 } as const;

/** Cal.com API v2 for one company: event types, availability, reservations and bookings. */
@Injectable()
@McpServer('calcom', { rateLimit: { perMinute: 120 } })
export class CalcomMcpServer implements McpServerHealth {
  private readonly logger = new Logger('CalcomMcpServer');

  constructor(
    private readonly client: CalcomClient,
    private readonly cache: ToolCacheService,
    @InjectRepository(Service) private readonly services: Repository<Service>,
  ) {}

  @Tool({
    ...READ,
    name: 'list_event_types',
    description: "The company's Cal.com event types (id, slug, title, length in minutes).",
    input: EmptyInput,
  })
  async listEventTypes(_input: EmptyInput, ctx: ToolContext): Promise<{ items: CalEventType[] }> {
    return { items: await this.client.listEventTypes(ctx) };
  }

  @Tool({
    name: 'sync_event_types',
    description: 'Creates or updates a service for every Cal.com event type (matched by event type id).',
    input: EmptyInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 15_000,
  })
  async syncEventTypes(_input: EmptyInput, ctx: ToolContext): Promise<SyncResult> {
    const companyId = requireCompany(ctx);
    const eventTypes = await this.client.listEventTypes(ctx);
    // One sync per company at a time (a double click, a retry of a timed-out attempt): the transaction-scoped
    // advisory lock serialises them, so the second sees the first's services instead of creating them again.
    return this.services.manager.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('calcom-sync:' || $1))`, [companyId]);
      const services = em.getRepository(Service);
      const existing = await services.find({ where: { companyId } });
      const byEventType = new Map(
        existing.filter((s) => s.calcomEventTypeId !== null).map((s) => [s.calcomEventTypeId, s]),
      );
      const result: SyncResult = { created: 0, updated: 0, skipped: 0, failed: 0 };
      for (const eventType of eventTypes) {
        const name = eventType.title.slice(0, 200);
        const durationMinutes = eventType.lengthInMinutes;
        const service = byEventType.get(eventType.id);
        if (!service) {
          await services.save(services.create({ companyId, name, durationMinutes, calcomEventTypeId: eventType.id }));
          result.created++;
        } else if (service.name !== name || service.durationMinutes !== durationMinutes) {
          await services.update({ id: service.id, companyId }, { name, durationMinutes });
          result.updated++;
        } else {
          result.skipped++;
        }
      }
      return result;
    });
  }

  @Tool({
    ...READ,
    name: 'check_availability',
    description: 'Free slots of an event type between two dates (YYYY-MM-DD or ISO), in the given time zone.',
    input: CheckAvailabilityInput,
    // Briefly, and never stale: a booking relies on it. Bookings invalidate the dates they touch.
    cacheTtlSeconds: 30,
    staleOnError: false,
    cacheTags: (p: CheckAvailabilityInput) => datesInRange(p.start, p.end).map((d) => slotTag(p.eventTypeId, d)),
  })
  async checkAvailability(input: CheckAvailabilityInput, ctx: ToolContext): Promise<Availability> {
    const timeZone = input.timeZone ?? 'UTC';
    const from = Date.parse(toUtc(input.start.length === 10 ? `${input.start}T00:00:00Z` : input.start, 'start'));
    const to = Date.parse(toUtc(input.end.length === 10 ? `${input.end}T23:59:59Z` : input.end, 'end'));
    if (to < from) throw AppError.invalid('end', 'afterStart', 'end must not be before start');
    if (to - from > MAX_RANGE_DAYS * DAY_MS) {
      throw AppError.invalid('end', 'maxRange', `the range may span at most ${MAX_RANGE_DAYS} days`);
    }
    const days = await this.client.getSlots(ctx, { ...input, timeZone });
    return {
      eventTypeId: input.eventTypeId,
      timeZone,
      days,
      total: days.reduce((n, d) => n + d.starts.length, 0),
    };
  }

  @Tool({
    name: 'reserve_slot',
    description: 'Holds a slot for a few minutes so nobody else can book it while the caller confirms.',
    input: ReserveSlotInput,
    access: 'tenant-write',
    idempotent: false,
    timeoutMs: 10_000,
  })
  async reserveSlot(input: ReserveSlotInput, ctx: ToolContext): Promise<CalReservation> {
    const reservation = await this.client.reserveSlot(ctx, {
      ...input,
      slotStart: toUtc(input.slotStart, 'slotStart'),
    });
    await this.invalidate(ctx, input.eventTypeId, input.slotStart);
    return reservation;
  }

  @Tool({
    name: 'release_reservation',
    description: 'Releases a held slot.',
    input: ReservationUidInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 8000,
  })
  async releaseReservation(input: ReservationUidInput, ctx: ToolContext): Promise<{ released: true }> {
    await this.client.releaseReservation(ctx, input.reservationUid);
    return { released: true };
  }

  @Tool({
    name: 'create_booking',
    description: 'Books a slot for an attendee (name, time zone, and email or phone). Not retried.',
    input: CreateBookingInput,
    access: 'tenant-write',
    idempotent: false,
    timeoutMs: 15_000,
  })
  async createBooking(input: CreateBookingInput, ctx: ToolContext): Promise<CalBooking> {
    if (!input.email && !input.phone) {
      throw AppError.invalid('email', 'emailOrPhone', 'email or phone is required');
    }
    const metadata = toMetadata(input.metadata, 'metadata');
    const start = toUtc(input.start, 'start');
    try {
      const booking = await this.client.createBooking(ctx, {
        eventTypeId: input.eventTypeId,
        start,
        attendee: {
          name: input.name,
          timeZone: input.timeZone,
          ...(input.email ? { email: input.email } : {}),
          ...(input.phone ? { phoneNumber: input.phone } : {}),
          ...(input.language ? { language: input.language } : {}),
        },
        lengthInMinutes: input.lengthInMinutes,
        notes: input.notes,
        metadata,
      });
      await this.invalidate(ctx, input.eventTypeId, booking.start);
      return booking;
    } catch (err) {
      // A taken slot means our cached availability was wrong: drop it.
      if (err instanceof AppError && err.code === 'CONFLICT') await this.invalidate(ctx, input.eventTypeId, start);
      throw err;
    }
  }

  @Tool({
    ...READ,
    name: 'get_booking',
    description: 'One booking by its Cal.com uid.',
    input: BookingUidInput,
  })
  async getBooking(input: BookingUidInput, ctx: ToolContext): Promise<CalBooking> {
    return this.client.getBooking(ctx, input.uid);
  }

  @Tool({
    name: 'reschedule_booking',
    description: 'Moves a booking to a new start; Cal.com answers with a new booking (new uid).',
    input: RescheduleBookingInput,
    access: 'tenant-write',
    idempotent: false,
    timeoutMs: 15_000,
  })
  async rescheduleBooking(input: RescheduleBookingInput, ctx: ToolContext): Promise<CalBooking> {
    const start = toUtc(input.start, 'start');
    const old = await this.client.getBooking(ctx, input.uid);
    const booking = await this.client.rescheduleBooking(ctx, input.uid, {
      start,
      ...(input.reason ? { reschedulingReason: input.reason } : {}),
    });
    const eventTypeId = booking.eventTypeId ?? old.eventTypeId;
    if (eventTypeId !== null) {
      await this.invalidate(ctx, eventTypeId, old.start);
      await this.invalidate(ctx, eventTypeId, booking.start);
    }
    return booking;
  }

  @Tool({
    name: 'cancel_booking',
    description: 'Cancels a booking.',
    input: CancelBookingInput,
    access: 'tenant-write',
    idempotent: false,
    timeoutMs: 15_000,
  })
  async cancelBooking(input: CancelBookingInput, ctx: ToolContext): Promise<CalBooking> {
    const booking = await this.client.cancelBooking(ctx, input.uid, input.reason);
    if (booking.eventTypeId !== null) await this.invalidate(ctx, booking.eventTypeId, booking.start);
    return booking;
  }

  @Tool({
    ...READ,
    name: 'find_bookings',
    description: 'Bookings by event type, time range, attendee (email, name, phone), status and metadata.',
    input: FindBookingsInput,
  })
  async findBookings(
    input: FindBookingsInput,
    ctx: ToolContext,
  ): Promise<{ items: CalBooking[]; total: number; page: number; pageSize: number }> {
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 50;
    const metadata = toMetadata(input.metadata, 'metadata');
    const localFilter = !!input.attendeePhone || Object.keys(metadata).length > 0;
    const query = {
      eventTypeId: input.eventTypeId,
      afterStart: input.afterStart && toUtc(input.afterStart, 'afterStart'),
      beforeEnd: input.beforeEnd && toUtc(input.beforeEnd, 'beforeEnd'),
      attendeeEmail: input.attendeeEmail,
      attendeeName: input.attendeeName,
      status: input.status,
    };
    if (!localFilter) {
      const result = await this.client.listBookings(ctx, { ...query, take: pageSize, skip: (page - 1) * pageSize });
      return { items: result.items, total: result.total ?? result.items.length, page, pageSize };
    }
    // Cal.com cannot filter by phone or metadata: fetch one wide window and filter here.
    const result = await this.client.listBookings(ctx, { ...query, take: FILTER_WINDOW, skip: 0 });
    const matching = result.items.filter(
      (b) =>
        (!input.attendeePhone || b.attendees.some((a) => a.phoneNumber === input.attendeePhone)) &&
        Object.entries(metadata).every(([k, v]) => b.metadata[k] === v),
    );
    const items = matching.slice((page - 1) * pageSize, page * pageSize);
    return { items, total: matching.length, page, pageSize };
  }

  @Tool({
    name: 'test_connection',
    description: "Checks the company's Cal.com key with a light authenticated call.",
    input: EmptyInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 8000,
  })
  async testConnection(
    _input: EmptyInput,
    ctx: ToolContext,
  ): Promise<{ ok: boolean; latencyMs: number; detail: string }> {
    const started = performance.now();
    try {
      const me = await this.client.me(ctx);
      const latencyMs = Math.round(performance.now() - started);
      return { ok: true, latencyMs, detail: me.username ? `Connected as ${me.username}` : 'Connected' };
    } catch (err) {
      const latencyMs = Math.round(performance.now() - started);
      if (err instanceof AppError) return { ok: false, latencyMs, detail: `${err.code}: ${err.message}` };
      throw err;
    }
  }

  async healthCheck(): Promise<{ ok: boolean; detail?: string }> {
    // Per-company keys: there is no platform-wide Cal.com call to make; the breaker shows vendor trouble.
    return { ok: true, detail: 'per-company credentials' };
  }

  private async invalidate(ctx: ToolContext, eventTypeId: number, instant: string): Promise<void> {
    await Promise.all(affectedDates(instant).map((d) => this.cache.invalidate(ctx.companyId, slotTag(eventTypeId, d))));
  }
}

/** A validated instant as UTC ISO (Cal.com wants UTC); an impossible date (2050-02-30) is bad input. */
export function toUtc(value: string, field: string): string {
  const t = Date.parse(value);
  // Date.parse rolls 2050-02-30 over to March: the calendar date must survive a round trip.
  const day = value.slice(0, 10);
  if (Number.isNaN(t) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw AppError.invalid(field, 'isDate', `${field} is not a valid date`);
  }
  return new Date(t).toISOString();
}

function requireCompany(ctx: ToolContext): string {
  if (!ctx.companyId) throw AppError.invalid('companyId', 'isDefined', 'Cal.com tools act for a company');
  return ctx.companyId;
}

/** Cal.com metadata: at most 50 keys of ≤40 characters, string values of ≤500. Numbers and booleans become strings. */
function toMetadata(raw: Record<string, unknown> | undefined, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!raw) return out;
  const entries = Object.entries(raw);
  if (entries.length > 50) throw AppError.invalid(field, 'maxKeys', `${field} may have at most 50 keys`);
  for (const [key, value] of entries) {
    if (!key || key.length > 40) {
      throw AppError.invalid(`${field}.${key}`, 'keyLength', `${field} keys must be 1 to 40 characters`);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw AppError.invalid(`${field}.${key}`, 'isString', `${field} values must be strings`);
    }
    const text = String(value);
    if (text.length > 500) {
      throw AppError.invalid(`${field}.${key}`, 'maxLength', `${field} values must be at most 500 characters`);
    }
    out[key] = text;
  }
  return out;
}
