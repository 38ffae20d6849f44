import { Injectable, Logger } from '@nestjs/common';
import { BookingService } from 'src/booking/booking.service';
import { CallbacksService } from 'src/booking/callbacks.service';
import { matchService, nearestAlternatives, speakList, speakSlot } from 'src/booking/spoken';
import { isoWithOffset, localParts, parseDate, parseTime, zonedToUtc } from 'src/booking/when';
import type { AppointmentView, ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { markDegraded, toToolError } from 'src/orchestrator/tool-errors';
import type { ErrorCode } from 'src/platform/errors/error-codes';
import { McpServer, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { sleep } from 'src/platform/async';
import { describeBusinessHours } from 'src/tenancy/business-hours';
import {
  AnswerQuestionArgs,
  BookAppointmentArgs,
  CallerInput,
  CancelAppointmentArgs,
  CheckAvailabilityArgs,
  FindNextAvailableArgs,
  GetOpeningHoursArgs,
  ListServicesArgs,
  QueryAppointmentArgs,
  RequestCallbackArgs,
  RescheduleAppointmentArgs,
  VoiceInput,
} from './dto/voice.dto';
import { MESSAGES } from './messages';
import { VoiceSession, VoiceSessions } from './voice-session';

/** Every voice answer: whether it worked, the sentence to speak, and the data. */
export interface VoiceResult {
  ok: boolean;
  message: string;
  [key: string]: unknown;
}

export interface SpokenSlot {
  start: string;
  spoken: string;
}

/** The answer is due this long before the budget ends: time to record a callback and send the reply. */
const FALLBACK_MARGIN_MS = 200;
/** Days searched for alternatives and the next free slot (Cal.com answers up to 31 days at once). */
const ALTERNATIVE_DAYS = 7;
const NEXT_FREE_DAYS = 14;
const OFFERED = 3;
/** Codes after which the caller is offered a callback instead of waiting on a broken upstream. */
const UPSTREAM_DOWN = new Set(['UPSTREAM_UNAVAILABLE', 'CIRCUIT_OPEN', 'TIMEOUT', 'OVERLOADED', 'RATE_LIMITED']);

const VOICE = { access: 'tenant-write', exposed: true } as const;
const BUDGET = {
  check_availability: 2500,
  find_next_available: 2500,
  book_appointment: 2500,
  reschedule_appointment: 2500,
  cancel_appointment: 2000,
  query_appointment: 1500,
  list_services: 1000,
  get_opening_hours: 1000,
  answer_question: 2000,
  request_callback: 1500,
} as const;

/** The orchestrator's timeout sits just past the tool's own budget: the tool answers first, with its fallback. */
const policy = (name: keyof typeof BUDGET, idempotent: boolean) => ({
  ...VOICE,
  name,
  idempotent,
  timeoutMs: BUDGET[name] + 100,
});

/** A voice tool's budget in ms (Retell's `timeout_ms` of its definition). */
export const voiceBudgetMs = (name: string): number => BUDGET[name as keyof typeof BUDGET] ?? 2000;

class AskAgain extends Error {
  constructor(readonly answer: VoiceResult) {
    super(answer.message);
  }
}

/**
 * The `voice` server (DESIGN §3): what a voice agent calls mid-conversation, exposed under bare names to
 * Retell and MCP. Each tool answers within its budget with a sentence to speak — also when the calendar is
 * down (then a callback is recorded), when the input needs a question back, or when the slot is taken.
 */
@Injectable()
@McpServer('voice', { bulkhead: { limit: 200, queue: 400 } })
export class VoiceMcpServer {
  private readonly logger = new Logger('Voice');

  constructor(
    private readonly sessions: VoiceSessions,
    private readonly booking: BookingService,
    private readonly callbacks: CallbacksService,
    private readonly orchestrator: McpOrchestrator,
  ) {}

  @Tool({
    ...policy('check_availability', true),
    description:
      'Checks whether a wished day (and time) is free; answers with free slots or the three nearest alternatives.',
    input: CheckAvailabilityArgs,
  })
  checkAvailability(input: CheckAvailabilityArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('check_availability', ctx, input, async (s) => {
      const date = this.date(s, input.date);
      const time = input.time ? this.time(s, input.time) : null;
      const { eventTypeId } = this.eventType(s, input.service, input.staff);
      const wish = time ? zonedToUtc(date, time, s.timeZone) : null;
      if (wish && wish.getTime() < s.now.getTime()) throw new AskAgain({ ok: false, message: s.say.pastDate });
      const slots = await this.booking.freeSlots(s.ctx, eventTypeId, date, ALTERNATIVE_DAYS, s.timeZone);
      const onDay = slots.filter((start) => localParts(start, s.timeZone).date === date);
      if (wish) {
        const available = slots.some((start) => Date.parse(start) === wish.getTime());
        const alternatives = available ? [] : this.spoken(s, nearestAlternatives(slots, wish, OFFERED));
        const wished = speakSlot(wish.toISOString(), s.timeZone, s.locale, s.now);
        return {
          ok: true,
          available,
          message: available
            ? s.say.available(wished)
            : s.say.taken(
                wished,
                speakList(
                  alternatives.map((a) => a.spoken),
                  s.locale,
                ),
              ),
          slots: available ? this.spoken(s, [wish.toISOString()]) : [],
          alternatives,
        };
      }
      const offered = this.spoken(s, onDay.slice(0, OFFERED));
      const alternatives = onDay.length ? [] : this.spoken(s, slots.slice(0, OFFERED));
      return {
        ok: true,
        available: onDay.length > 0,
        message: onDay.length
          ? s.say.dayFree(
              speakList(
                offered.map((o) => o.spoken),
                s.locale,
              ),
            )
          : s.say.dayFull(
              speakList(
                alternatives.map((a) => a.spoken),
                s.locale,
              ),
            ),
        slots: this.spoken(s, onDay),
        alternatives,
      };
    });
  }

  @Tool({
    ...policy('find_next_available', true),
    description: 'Finds the next free appointments (for a service or staff member), from a day on.',
    input: FindNextAvailableArgs,
  })
  findNextAvailable(input: FindNextAvailableArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('find_next_available', ctx, input, async (s) => {
      const today = localParts(s.now, s.timeZone).date;
      const from = input.after ? this.date(s, input.after) : today;
      const { eventTypeId } = this.eventType(s, input.service, input.staff);
      const slots = (await this.booking.freeSlots(s.ctx, eventTypeId, from, NEXT_FREE_DAYS, s.timeZone)).filter(
        (start) => Date.parse(start) > s.now.getTime(),
      );
      const next = this.spoken(s, slots.slice(0, OFFERED));
      return {
        ok: true,
        available: next.length > 0,
        message: next.length
          ? s.say.nextFree(
              speakList(
                next.map((n) => n.spoken),
                s.locale,
              ),
            )
          : s.say.noneFree,
        slots: next,
      };
    });
  }

  @Tool({
    ...policy('book_appointment', true),
    description: 'Books the appointment for the caller (name; phone from the call); offers alternatives when taken.',
    input: BookAppointmentArgs,
  })
  bookAppointment(input: BookAppointmentArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('book_appointment', ctx, input, async (s) => {
      const date = this.date(s, input.date);
      const time = this.time(s, input.time);
      const start = zonedToUtc(date, time, s.timeZone);
      if (start.getTime() < s.now.getTime()) throw new AskAgain({ ok: false, message: s.say.pastDate });
      if (!s.callerPhone && !input.email) throw new AskAgain({ ok: false, message: s.say.askPhone, missing: 'phone' });
      const { eventTypeId, serviceId, staffId } = this.eventType(s, input.service, input.staff);
      const customerId = s.callerPhone ? await this.customer(s, input.name) : null;
      const outcome = await this.booking.book(s.ctx, {
        companyId: s.tenant.company.id,
        branchId: s.tenant.branch.id,
        eventTypeId,
        start,
        timeZone: s.timeZone,
        locale: s.locale,
        name: input.name,
        phone: s.callerPhone,
        email: input.email ?? null,
        notes: input.notes ?? null,
        serviceId,
        staffId,
        customerId,
        retellCallId: s.retellCallId,
        idempotencyKey: bookingKey(s, eventTypeId, start),
      });
      const spoken = speakSlot(start.toISOString(), s.timeZone, s.locale, s.now);
      if (outcome.status === 'taken') {
        const slots = await this.booking.freeSlots(s.ctx, eventTypeId, date, ALTERNATIVE_DAYS, s.timeZone);
        const alternatives = this.spoken(s, nearestAlternatives(slots, start, OFFERED));
        return {
          ok: false,
          booked: false,
          message: s.say.taken(
            spoken,
            speakList(
              alternatives.map((a) => a.spoken),
              s.locale,
            ),
          ),
          alternatives,
        };
      }
      return {
        ok: true,
        booked: true,
        message: s.say.booked(speakSlot(outcome.start, s.timeZone, s.locale, s.now)),
        appointmentId: outcome.appointmentId,
        bookingUid: outcome.bookingUid,
        start: isoWithOffset(outcome.start, s.timeZone),
      };
    });
  }

  @Tool({
    ...policy('reschedule_appointment', false),
    description: "Moves the caller's appointment (found by phone, and by date when there are several).",
    input: RescheduleAppointmentArgs,
  })
  rescheduleAppointment(input: RescheduleAppointmentArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('reschedule_appointment', ctx, input, async (s) => {
      const date = this.date(s, input.newDate);
      const start = zonedToUtc(date, this.time(s, input.newTime), s.timeZone);
      if (start.getTime() < s.now.getTime()) throw new AskAgain({ ok: false, message: s.say.pastDate });
      const appointment = await this.callersAppointment(s, input.date, input.time);
      const moved = await this.booking.reschedule(s.ctx, appointment, start);
      const spoken = speakSlot(start.toISOString(), s.timeZone, s.locale, s.now);
      if (!moved) return { ok: false, rescheduled: false, message: s.say.taken(spoken, '') };
      return {
        ok: true,
        rescheduled: true,
        message: s.say.rescheduled(speakSlot(moved.start, s.timeZone, s.locale, s.now)),
        appointmentId: appointment.id,
        bookingUid: moved.uid,
        start: isoWithOffset(moved.start, s.timeZone),
      };
    });
  }

  @Tool({
    ...policy('cancel_appointment', false),
    description: "Cancels the caller's appointment (found by phone, and by date when there are several).",
    input: CancelAppointmentArgs,
  })
  cancelAppointment(input: CancelAppointmentArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('cancel_appointment', ctx, input, async (s) => {
      const appointment = await this.callersAppointment(s, input.date, input.time);
      await this.booking.cancel(s.ctx, appointment, input.reason);
      return {
        ok: true,
        cancelled: true,
        message: s.say.cancelled(speakSlot(appointment.startsAt, s.timeZone, s.locale, s.now)),
        appointmentId: appointment.id,
      };
    });
  }

  @Tool({
    ...policy('query_appointment', true),
    description: "The caller's upcoming appointments.",
    input: QueryAppointmentArgs,
  })
  queryAppointment(input: QueryAppointmentArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('query_appointment', ctx, input, async (s) => {
      const upcoming = await this.upcoming(s);
      const items = upcoming.map((a) => ({
        appointmentId: a.id,
        start: isoWithOffset(a.startsAt, s.timeZone),
        spoken: speakSlot(a.startsAt, s.timeZone, s.locale, s.now),
        service: a.service?.name ?? null,
      }));
      return {
        ok: true,
        message: items.length
          ? s.say.appointments(
              speakList(
                items.map((i) => i.spoken),
                s.locale,
              ),
            )
          : s.say.noAppointment,
        appointments: items,
      };
    });
  }

  @Tool({ ...policy('list_services', true), description: 'The services the branch offers.', input: ListServicesArgs })
  listServices(input: ListServicesArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('list_services', ctx, input, async (s) => {
      const services = s.tenant.services.map((x) => ({ name: x.name, durationMinutes: x.durationMinutes }));
      return {
        ok: true,
        message: services.length
          ? s.say.services(
              speakList(
                services.map((x) => x.name),
                s.locale,
              ),
            )
          : s.say.noServices,
        services,
      };
    });
  }

  @Tool({
    ...policy('get_opening_hours', true),
    description: "The branch's opening hours, or whether it is open on a given day.",
    input: GetOpeningHoursArgs,
  })
  getOpeningHours(input: GetOpeningHoursArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('get_opening_hours', ctx, input, async (s) => {
      const week = describeBusinessHours(s.tenant.branch.businessHours, s.locale);
      if (!input.date) return { ok: true, message: s.say.openingHours(week), hours: s.tenant.branch.businessHours };
      const date = this.date(s, input.date);
      const intervals = intervalsOn(s.tenant.branch, date);
      const day = speakSlot(zonedToUtc(date, '12:00', s.timeZone).toISOString(), s.timeZone, s.locale, s.now).replace(
        / (um|at) .*$/,
        '',
      );
      const to = s.locale === 'de' ? 'bis' : 'to';
      const hours = intervals.map(([a, b]) => `${a} ${to} ${b}`).join(` ${s.say.or} `);
      return {
        ok: true,
        open: intervals.length > 0,
        date,
        intervals,
        message: intervals.length ? s.say.openOnDay(day, hours) : s.say.closedOnDay(day),
      };
    });
  }

  @Tool({
    ...policy('answer_question', true),
    description: "Answers a caller's question from the company's knowledge base.",
    input: AnswerQuestionArgs,
  })
  answerQuestion(input: AnswerQuestionArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('answer_question', ctx, input, async (s) => {
      const context = await this.orchestrator.executeChild<{
        passages: { title: string; text: string }[];
        source: string;
      }>('knowledge', 'context_for_call', { question: input.question, maxChars: 2000 }, s.ctx);
      if (context.source !== 'question' || !context.passages.length) {
        return { ok: false, message: s.say.noAnswer, passages: [] };
      }
      // The agent phrases the answer from the passages; the message is what it may read out as is.
      return { ok: true, message: context.passages[0].text, passages: context.passages };
    });
  }

  @Tool({
    ...policy('request_callback', true),
    description: 'Records that the caller wants to be called back (reason, preferred time, name).',
    input: RequestCallbackArgs,
  })
  requestCallback(input: RequestCallbackArgs, ctx: ToolContext): Promise<VoiceResult> {
    return this.answer('request_callback', ctx, input, async (s) => {
      if (!s.callerPhone) throw new AskAgain({ ok: false, message: s.say.askPhone, missing: 'phone' });
      const callback = await this.recordCallback(s.ctx, s, 'requested', input);
      return { ok: true, message: s.say.callbackRecorded, callbackId: callback };
    });
  }

  /**
   * Runs one tool within its budget: the answer is due FALLBACK_MARGIN_MS before the budget (or the caller's
   * deadline) ends. Time out or upstream trouble → the fallback sentence and a recorded callback; a question
   * back (AskAgain) or a domain error → its sentence. Never throws: the agent always has something to say.
   */
  private async answer(
    tool: keyof typeof BUDGET,
    ctx: ToolContext,
    input: VoiceInput & Partial<CallerInput> & { name?: string },
    body: (session: VoiceSession) => Promise<VoiceResult>,
  ): Promise<VoiceResult> {
    const dueAt = Math.min(ctx.deadline, Date.now() + BUDGET[tool]) - FALLBACK_MARGIN_MS;
    let session: VoiceSession | null = null;
    const work = (async () => {
      // Child calls get the answer's due time as their deadline: nothing they do can outlast the budget.
      session = await this.sessions.open({ ...ctx, deadline: dueAt }, input);
      return body(session);
    })();
    const late = Symbol('late');
    try {
      const result = await Promise.race([work, sleep(Math.max(0, dueAt - Date.now())).then(() => late)]);
      if (result !== late) return result as VoiceResult;
      work.catch(() => undefined); // it finishes (or is aborted by the deadline) on its own
      return this.fallback(ctx, session, input, 'TIMEOUT');
    } catch (err) {
      if (err instanceof AskAgain) return markDegraded({ ...err.answer }, 'INVALID_INPUT');
      const code = toToolError(err).code;
      const say = (session as VoiceSession | null)?.say ?? MESSAGES.de;
      if (code === 'INVALID_INPUT') return markDegraded({ ok: false, message: say.error, error: code }, code);
      if (code === 'NOT_FOUND' && !session) {
        return markDegraded({ ok: false, message: MESSAGES.de.notConfigured, error: code }, code);
      }
      if (!UPSTREAM_DOWN.has(code)) this.logger.warn(`voice.${tool} failed: ${code} ${(err as Error).message}`);
      return this.fallback(ctx, session, input, code);
    }
  }

  private async fallback(
    ctx: ToolContext,
    session: VoiceSession | null,
    input: Partial<CallerInput> & { name?: string },
    reason: ErrorCode,
  ): Promise<VoiceResult> {
    const say = session?.say ?? MESSAGES.de;
    // Recorded best effort within what is left of the margin: the answer must not wait for it.
    const recorded = await Promise.race([
      this.recordCallback(ctx, session, reason.toLowerCase(), input).catch(() => null),
      sleep(FALLBACK_MARGIN_MS / 2).then(() => null),
    ]);
    return markDegraded(
      { ok: false, message: say.fallback, callbackRecorded: recorded !== null, error: reason },
      reason,
    );
  }

  private async recordCallback(
    ctx: ToolContext,
    session: VoiceSession | null,
    source: string,
    input: { reason?: string; preferredTime?: string; name?: string; phone?: string; callId?: string },
  ): Promise<string> {
    const saved = await this.callbacks.record({
      companyId: ctx.companyId!,
      branchId: session?.tenant.branch.id ?? null,
      retellCallId: session?.retellCallId ?? input.callId ?? ctx.callId ?? null,
      phone: session?.callerPhone ?? null,
      name: input.name?.slice(0, 200) ?? null,
      reason: input.reason ?? null,
      preferredTime: input.preferredTime ?? null,
      source: source.slice(0, 32),
    });
    return saved.id;
  }

  private date(s: VoiceSession, text: string): string {
    const date = parseDate(text, s.now, s.timeZone);
    if (!date) throw new AskAgain({ ok: false, message: s.say.askDate, missing: 'date' });
    if (date < localParts(s.now, s.timeZone).date) throw new AskAgain({ ok: false, message: s.say.pastDate });
    return date;
  }

  private time(s: VoiceSession, text: string): string {
    const time = parseTime(text);
    if (!time) throw new AskAgain({ ok: false, message: s.say.askTime, missing: 'time' });
    return time;
  }

  /** The event type booked: the staff member's, else the service's, else the branch's. */
  private eventType(
    s: VoiceSession,
    serviceQuery?: string,
    staffQuery?: string,
  ): { eventTypeId: number; serviceId: string | null; staffId: string | null } {
    const service = serviceQuery ? matchService(serviceQuery, s.tenant.services) : null;
    if (serviceQuery && !service) {
      throw new AskAgain({
        ok: false,
        message: s.say.unknownService(
          speakList(
            s.tenant.services.map((x) => x.name),
            s.locale,
          ),
        ),
        missing: 'service',
      });
    }
    const staff = staffQuery ? matchService(staffQuery, s.tenant.staff) : null;
    if (staffQuery && !staff) throw new AskAgain({ ok: false, message: s.say.unknownStaff, missing: 'staff' });
    const eventTypeId =
      staff?.calcomEventTypeId ?? service?.calcomEventTypeId ?? s.tenant.branch.calcomEventTypeId ?? null;
    if (eventTypeId === null) throw new AskAgain({ ok: false, message: s.say.noOnlineBooking });
    return { eventTypeId, serviceId: service?.id ?? null, staffId: staff?.id ?? null };
  }

  private spoken(s: VoiceSession, starts: string[]): SpokenSlot[] {
    return starts.map((start) => ({
      start: isoWithOffset(start, s.timeZone),
      spoken: speakSlot(start, s.timeZone, s.locale, s.now),
    }));
  }

  private async customer(s: VoiceSession, name: string): Promise<string | null> {
    const { customer } = await this.orchestrator.executeChild<{ customer: { id: string } }>(
      'directory',
      'upsert_customer',
      { phone: s.callerPhone, name },
      s.ctx,
    );
    return customer.id;
  }

  private async upcoming(s: VoiceSession): Promise<AppointmentView[]> {
    if (!s.callerPhone) throw new AskAgain({ ok: false, message: s.say.askPhone, missing: 'phone' });
    const { items } = await this.orchestrator.executeChild<{ items: AppointmentView[] }>(
      'directory',
      'list_appointments',
      { phone: s.callerPhone, from: s.now.toISOString() },
      s.ctx,
    );
    return items.filter((a) => a.status !== 'cancelled' && a.calcomBookingUid);
  }

  /** The caller's appointment meant: the only upcoming one, or the one on the given day (and time). */
  private async callersAppointment(
    s: VoiceSession,
    dateText?: string,
    timeText?: string,
  ): Promise<AppointmentView & { calcomBookingUid: string }> {
    let candidates = await this.upcoming(s);
    if (!candidates.length) throw new AskAgain({ ok: false, message: s.say.noAppointment });
    const date = dateText ? parseDate(dateText, s.now, s.timeZone) : null;
    const time = timeText ? parseTime(timeText) : null;
    if (date) candidates = candidates.filter((a) => localParts(a.startsAt, s.timeZone).date === date);
    if (time) candidates = candidates.filter((a) => localParts(a.startsAt, s.timeZone).time === time);
    if (candidates.length === 1) return candidates[0] as AppointmentView & { calcomBookingUid: string };
    if (!candidates.length) throw new AskAgain({ ok: false, message: s.say.noAppointment });
    const list = speakList(
      candidates.map((a) => speakSlot(a.startsAt, s.timeZone, s.locale, s.now)),
      s.locale,
    );
    throw new AskAgain({ ok: false, message: s.say.askWhichAppointment(list), missing: 'date' });
  }
}

function bookingKey(s: VoiceSession, eventTypeId: number, start: Date): string {
  return BookingService.idempotencyKey({
    callId: s.retellCallId,
    actor: s.ctx.principal.id,
    phone: s.callerPhone,
    eventTypeId,
    start,
  });
}

/** The opening intervals of one local date: a special day wins over the weekday's hours. */
function intervalsOn(branch: ResolvedNumber['branch'], date: string): [string, string][] {
  const special = branch.specialDays.find((d) => d.date === date);
  if (special) return special.intervals;
  const weekday = localParts(zonedToUtc(date, '12:00', branch.timezone), branch.timezone).weekday;
  return branch.businessHours[(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[weekday - 1]] ?? [];
}
