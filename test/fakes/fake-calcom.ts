import { createHmac, randomBytes } from 'node:crypto';
import { FakeHttpServer, FakeResponse, RecordedRequest } from './fake-http-server';

/**
 * A loopback Cal.com API v2 (vendor-wire-formats.md §4, checklist §7): same paths, `cal-api-version` per
 * endpoint group, `{status:'success', data}` and the `HttpExceptionFilter` error envelope, the throttler's
 * `X-RateLimit-*-Default` headers and its 429 `ThrottlerException`.
 *
 * Decisions where real Cal.com cannot be copied exactly:
 * - Real Cal.com routes a request without (or with an unknown) `cal-api-version` to an older controller with
 *   other params and shapes. The fake has no older controllers: it answers 400 `BadRequestException`
 *   naming the header, so a client that forgets it fails loudly instead of silently getting legacy data.
 * - Auth is required on every route (real Cal.com makes it optional for slots and POST bookings): our
 *   client always sends it, and a refused key must show up in tests.
 * - A taken slot answers 409 `ConflictException` `no_available_users_found_error` (Cal.com ErrorCode
 *   NoAvailableUsersFound is in its 409 group).
 * - `setSlots` takes times as `HH:MM` in UTC (or full ISO instants); `/v2/slots` groups and formats them in
 *   the requested `timeZone`. A date-only `start`/`end` means the start/end of that day in `timeZone`.
 * - Outgoing webhooks (§4.6): with `subscribe(url, secret)`, bookings created, cancelled or rescheduled through
 *   the API are announced like Cal.com does, signed, in the background; `webhooksSettled()` awaits them.
 *   The payload carries the fields of webhook version 2021-10-20 a subscriber reads, not every one.
 */

export const CALCOM_VERSIONS = { slots: '2024-09-04', bookings: '2024-08-13', eventTypes: '2024-06-14' } as const;

export interface FakeEventType {
  id: number;
  slug: string;
  title: string;
  lengthInMinutes: number;
}

export interface FakeAttendee {
  name: string;
  email: string;
  displayEmail: string;
  timeZone: string;
  language: string;
  absent: boolean;
  phoneNumber?: string;
}

export interface FakeBooking {
  id: number;
  uid: string;
  title: string;
  description: string;
  hosts: { id: number; name: string; email: string; username: string; timeZone: string }[];
  status: 'accepted' | 'pending' | 'cancelled' | 'rejected';
  start: string;
  end: string;
  duration: number;
  eventTypeId: number;
  eventType: { id: number; slug: string };
  location: string;
  absentHost: boolean;
  createdAt: string;
  updatedAt: string | null;
  metadata: Record<string, string>;
  attendees: FakeAttendee[];
  guests: string[];
  bookingFieldsResponses: Record<string, unknown>;
  cancellationReason?: string;
  reschedulingReason?: string;
  rescheduledFromUid?: string;
  rescheduledToUid?: string;
}

export interface FakeReservation {
  reservationUid: string;
  eventTypeId: number;
  slotStart: string;
  slotEnd: string;
  slotDuration: number;
  reservationDuration: number;
  reservationUntil: string;
}

export type CalcomTrigger = 'BOOKING_CREATED' | 'BOOKING_RESCHEDULED' | 'BOOKING_CANCELLED' | 'BOOKING_REJECTED';

export interface WebhookDelivery {
  trigger: string;
  uid: string;
  status: number;
  body: string;
}

/** `X-Cal-Signature-256`: lowercase hex HMAC-SHA256 of the raw body, or Cal.com's literal without a secret. */
export function calcomSignature(rawBody: string, secret: string | null): string {
  return secret ? createHmac('sha256', secret).update(rawBody).digest('hex') : 'no-secret-provided';
}

/** Posts one webhook exactly as Cal.com does: JSON envelope, signature and version headers, no redirects. */
export async function sendCalcomWebhook(
  url: string,
  secret: string | null,
  trigger: string,
  payload: Record<string, unknown>,
  createdAt = new Date().toISOString(),
): Promise<{ status: number; body: string }> {
  const rawBody = JSON.stringify({ triggerEvent: trigger, createdAt, payload });
  const res = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/json',
      'X-Cal-Signature-256': calcomSignature(rawBody, secret),
      'X-Cal-Webhook-Version': '2021-10-20',
    },
    body: rawBody,
  });
  return { status: res.status, body: await res.text() };
}

const HOST = { id: 1, name: 'Dr. Fake', email: 'host@fake-cal.test', username: 'drfake', timeZone: 'Europe/Berlin' };
const WINDOW_MS = 60_000;

export class FakeCalcom extends FakeHttpServer {
  readonly apiKeys = new Set<string>();
  /** Requests per API key per minute before 429 (Cal.com's API-key default is 120). */
  rateLimitPerMinute = 120;
  private readonly eventTypes = new Map<number, FakeEventType>();
  /** eventTypeId → UTC instants (ms) that are free. */
  private readonly free = new Map<number, Set<number>>();
  private readonly bookingList: FakeBooking[] = [];
  private readonly reservations = new Map<string, FakeReservation>();
  private readonly windows = new Map<string, { startedAt: number; count: number }>();
  private nextBookingId = 1000;
  private subscription: { url: string; secret: string | null } | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  /** Every webhook sent for a booking change, with the subscriber's answer (status 0: unreachable). */
  readonly deliveries: WebhookDelivery[] = [];

  constructor(apiKey = 'cal_test_fakekey') {
    super();
    this.apiKeys.add(apiKey);
    this.registerRoutes();
  }

  addEventType(input: Partial<FakeEventType> & { id: number }): FakeEventType {
    const eventType: FakeEventType = {
      slug: `event-${input.id}`,
      title: `Event ${input.id}`,
      lengthInMinutes: 30,
      ...input,
    };
    this.eventTypes.set(eventType.id, eventType);
    return eventType;
  }

  removeEventType(id: number): void {
    this.eventTypes.delete(id);
  }

  /** Replaces the free slots of `date` (UTC day): times as `HH:MM` (UTC) or ISO instants. */
  setSlots(eventTypeId: number, date: string, times: string[]): void {
    const set = this.free.get(eventTypeId) ?? new Set<number>();
    const dayStart = Date.parse(`${date}T00:00:00Z`);
    for (const t of [...set]) if (t >= dayStart && t < dayStart + 86_400_000) set.delete(t);
    for (const time of times) set.add(Date.parse(/^\d\d:\d\d$/.test(time) ? `${date}T${time}:00Z` : time));
    this.free.set(eventTypeId, set);
  }

  bookings(): FakeBooking[] {
    return this.bookingList;
  }

  activeReservations(): FakeReservation[] {
    return [...this.reservations.values()];
  }

  /** Announces booking changes made through the API to `url` (null: stop); `secret` null sends no signature. */
  subscribe(url: string | null, secret: string | null = null): void {
    this.subscription = url ? { url, secret } : null;
  }

  /** Sends one webhook as Cal.com would (see `sendCalcomWebhook`). */
  sendWebhook(
    url: string,
    secret: string | null,
    trigger: string,
    payload: Record<string, unknown>,
    createdAt?: string,
  ): Promise<{ status: number; body: string }> {
    return sendCalcomWebhook(url, secret, trigger, payload, createdAt);
  }

  /** Resolves once every webhook sent so far has been answered. */
  async webhooksSettled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  /** The webhook payload of a booking (v2021-10-20 field names: `startTime`, `uid`, `rescheduleUid`, …). */
  webhookPayload(booking: FakeBooking, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const eventType = this.eventTypes.get(booking.eventTypeId);
    const attendee = booking.attendees[0];
    return {
      type: booking.eventType.slug,
      title: booking.title,
      description: booking.description,
      startTime: booking.start,
      endTime: booking.end,
      organizer: { ...HOST, language: { locale: 'en' } },
      attendees: booking.attendees.map((a) => ({
        email: a.email,
        name: a.name,
        timeZone: a.timeZone,
        language: { locale: a.language },
        ...(a.phoneNumber ? { phoneNumber: a.phoneNumber } : {}),
      })),
      responses: {
        name: { label: 'your_name', value: attendee?.name },
        email: { label: 'email_address', value: attendee?.email },
        ...(attendee?.phoneNumber ? { attendeePhoneNumber: { label: 'phone', value: attendee.phoneNumber } } : {}),
      },
      location: booking.location,
      eventTypeId: booking.eventTypeId,
      uid: booking.uid,
      bookingId: booking.id,
      length: eventType?.lengthInMinutes ?? booking.duration,
      metadata: booking.metadata,
      status: booking.status.toUpperCase(),
      ...extra,
    };
  }

  /** Like Cal.com, in the background: the API answer never waits for the subscriber. */
  private announce(trigger: CalcomTrigger, booking: FakeBooking, extra: Record<string, unknown> = {}): void {
    const subscription = this.subscription;
    if (!subscription) return;
    const payload = this.webhookPayload(booking, extra);
    const delivery = sendCalcomWebhook(subscription.url, subscription.secret, trigger, payload)
      .catch((err: Error) => ({ status: 0, body: err.message }))
      .then((res) => {
        this.deliveries.push({ trigger, uid: booking.uid, ...res });
        this.inFlight.delete(delivery);
      });
    this.inFlight.add(delivery);
  }

  /** Forget the rate-limit windows (e.g. between tests). */
  resetRateLimit(): void {
    this.windows.clear();
  }

  private registerRoutes(): void {
    this.route('GET', '/v2/me', (req) =>
      this.guard(req, null, () =>
        ok({ id: HOST.id, username: HOST.username, email: HOST.email, timeZone: HOST.timeZone }),
      ),
    );
    this.route('GET', '/v2/event-types', (req) =>
      this.guard(req, CALCOM_VERSIONS.eventTypes, () => ok([...this.eventTypes.values()].map((e) => ({ ...e })))),
    );
    this.route('GET', '/v2/slots', (req) => this.guard(req, CALCOM_VERSIONS.slots, () => this.getSlots(req)));
    this.route('POST', '/v2/slots/reservations', (req) =>
      this.guard(req, CALCOM_VERSIONS.slots, () => this.reserve(req)),
    );
    this.route('DELETE', '/v2/slots/reservations/:uid', (req, p) =>
      this.guard(req, CALCOM_VERSIONS.slots, () => {
        if (!this.reservations.delete(p.uid)) return notFound(req, `Reservation with uid=${p.uid} not found`);
        return ok(undefined);
      }),
    );
    this.route('POST', '/v2/bookings', (req) => this.guard(req, CALCOM_VERSIONS.bookings, () => this.create(req)));
    this.route('GET', '/v2/bookings', (req) => this.guard(req, CALCOM_VERSIONS.bookings, () => this.list(req)));
    this.route('GET', '/v2/bookings/:uid', (req, p) =>
      this.guard(req, CALCOM_VERSIONS.bookings, () => {
        const booking = this.find(p.uid);
        return booking ? ok(booking) : notFound(req, `Booking with uid=${p.uid} not found`);
      }),
    );
    this.route('POST', '/v2/bookings/:uid/cancel', (req, p) =>
      this.guard(req, CALCOM_VERSIONS.bookings, () => this.cancel(req, p.uid)),
    );
    this.route('POST', '/v2/bookings/:uid/reschedule', (req, p) =>
      this.guard(req, CALCOM_VERSIONS.bookings, () => this.reschedule(req, p.uid)),
    );
  }

  /** Auth, then the throttler (its headers on every answer), then the version check, then the handler. */
  private guard(req: RecordedRequest, version: string | null, handler: () => FakeResponse): FakeResponse {
    const auth = req.headers.authorization ?? '';
    const key = /^Bearer (cal_\S+)$/.exec(auth)?.[1];
    if (!key || !this.apiKeys.has(key)) {
      return error(req, 401, 'UnauthorizedException', 'ApiAuthGuard - Invalid API Key');
    }
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
    const headers = {
      'X-RateLimit-Limit-Default': String(this.rateLimitPerMinute),
      'X-RateLimit-Remaining-Default': String(Math.max(0, this.rateLimitPerMinute - window.count)),
      'X-RateLimit-Reset-Default': String(resetSeconds),
    };
    let response: FakeResponse;
    if (window.count > this.rateLimitPerMinute) {
      response = error(req, 429, 'ThrottlerException', 'Too many requests. Please try again later.');
    } else if (version !== null && req.headers['cal-api-version'] !== version) {
      response = error(
        req,
        400,
        'BadRequestException',
        `cal-api-version ${String(req.headers['cal-api-version'] ?? '(none)')} is not served here; use ${version}`,
      );
    } else {
      response = handler();
    }
    return { ...response, headers: { ...headers, ...response.headers } };
  }

  private getSlots(req: RecordedRequest): FakeResponse {
    const q = req.query;
    const timeZone = q.get('timeZone') ?? 'UTC';
    const eventTypeId = Number(q.get('eventTypeId'));
    const startRaw = q.get('start');
    const endRaw = q.get('end');
    if (!startRaw || !endRaw) return error(req, 400, 'BadRequestException', 'start and end are required');
    if (!validZone(timeZone)) return error(req, 400, 'BadRequestException', 'timeZone must be a valid IANA zone');
    const eventType = this.eventTypes.get(eventTypeId);
    if (!eventType) return notFound(req, `Event type with id=${q.get('eventTypeId')} not found`);
    const from = boundary(startRaw, timeZone, 'start');
    const to = boundary(endRaw, timeZone, 'end');
    if (Number.isNaN(from) || Number.isNaN(to)) return error(req, 400, 'BadRequestException', 'invalid start/end');
    const range = (q.get('format') ?? q.get('slotFormat')) === 'range';
    const duration = Number(q.get('duration') ?? eventType.lengthInMinutes);
    const now = Date.now();
    const reserved = new Set(
      [...this.reservations.values()]
        .filter((r) => r.eventTypeId === eventTypeId && Date.parse(r.reservationUntil) > now)
        .map((r) => Date.parse(r.slotStart)),
    );
    const data: Record<string, { start: string; end?: string }[]> = {};
    const instants = [...(this.free.get(eventTypeId) ?? [])].sort((a, b) => a - b);
    for (const t of instants) {
      if (t < from || t > to || reserved.has(t)) continue;
      const start = formatInZone(t, timeZone);
      const slot = range ? { start, end: formatInZone(t + duration * 60_000, timeZone) } : { start };
      (data[start.slice(0, 10)] ??= []).push(slot);
    }
    return ok(data);
  }

  private reserve(req: RecordedRequest): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const eventType = this.eventTypes.get(Number(body.eventTypeId));
    if (typeof body.slotStart !== 'string' || Number.isNaN(Date.parse(body.slotStart))) {
      return error(req, 400, 'BadRequestException', 'slotStart must be a valid ISO 8601 date string');
    }
    if (!eventType) return notFound(req, `Event type with id=${String(body.eventTypeId)} not found`);
    const start = Date.parse(body.slotStart);
    if (!this.free.get(eventType.id)?.has(start)) {
      return error(req, 422, 'UnprocessableEntityException', 'This time slot is not available');
    }
    const slotDuration = Number(body.slotDuration ?? eventType.lengthInMinutes);
    const reservationDuration = Number(body.reservationDuration ?? 5);
    const reservation: FakeReservation = {
      reservationUid: uid(),
      eventTypeId: eventType.id,
      slotStart: new Date(start).toISOString(),
      slotEnd: new Date(start + slotDuration * 60_000).toISOString(),
      slotDuration,
      reservationDuration,
      reservationUntil: new Date(Date.now() + reservationDuration * 60_000).toISOString(),
    };
    this.reservations.set(reservation.reservationUid, reservation);
    return { status: 201, body: { status: 'success', data: reservation } };
  }

  private create(req: RecordedRequest): FakeResponse {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const attendee = (body.attendee ?? {}) as Record<string, unknown>;
    if (typeof body.start !== 'string' || Number.isNaN(Date.parse(body.start))) {
      return error(req, 400, 'BadRequestException', 'start must be a valid ISO 8601 date string');
    }
    if (typeof attendee.name !== 'string' || typeof attendee.timeZone !== 'string') {
      return error(req, 400, 'BadRequestException', 'attendee.name and attendee.timeZone are required');
    }
    if (typeof attendee.email !== 'string' && typeof attendee.phoneNumber !== 'string') {
      return error(req, 400, 'BadRequestException', 'attendee.email or attendee.phoneNumber is required');
    }
    const metadata = (body.metadata ?? {}) as Record<string, unknown>;
    const keys = Object.keys(metadata);
    if (keys.length > 50 || keys.some((k) => k.length > 40 || typeof metadata[k] !== 'string')) {
      return error(req, 400, 'BadRequestException', 'metadata: at most 50 keys of 40 chars with string values');
    }
    const eventType = this.eventTypes.get(Number(body.eventTypeId));
    if (!eventType) return notFound(req, `Event type with id=${String(body.eventTypeId)} not found`);
    const start = Date.parse(body.start);
    if (!this.free.get(eventType.id)?.has(start)) {
      return error(req, 409, 'ConflictException', 'no_available_users_found_error');
    }
    const booking = this.book(eventType, start, {
      attendee,
      metadata: metadata as Record<string, string>,
      responses: (body.bookingFieldsResponses ?? {}) as Record<string, unknown>,
      lengthInMinutes: Number(body.lengthInMinutes ?? eventType.lengthInMinutes),
    });
    this.announce('BOOKING_CREATED', booking);
    return { status: 201, body: { status: 'success', data: booking } };
  }

  private book(
    eventType: FakeEventType,
    start: number,
    input: {
      attendee: Record<string, unknown>;
      metadata: Record<string, string>;
      responses: Record<string, unknown>;
      lengthInMinutes: number;
    },
  ): FakeBooking {
    this.free.get(eventType.id)!.delete(start);
    for (const [key, r] of this.reservations) {
      if (r.eventTypeId === eventType.id && Date.parse(r.slotStart) === start) this.reservations.delete(key);
    }
    const a = input.attendee;
    const email = typeof a.email === 'string' ? a.email : '';
    const attendee: FakeAttendee = {
      name: String(a.name),
      email,
      displayEmail: email,
      timeZone: String(a.timeZone),
      language: typeof a.language === 'string' ? a.language : 'en',
      absent: false,
      ...(typeof a.phoneNumber === 'string' ? { phoneNumber: a.phoneNumber } : {}),
    };
    const booking: FakeBooking = {
      id: this.nextBookingId++,
      uid: uid(),
      title: `${eventType.title} between ${HOST.name} and ${attendee.name}`,
      description: '',
      hosts: [HOST],
      status: 'accepted',
      start: new Date(start).toISOString(),
      end: new Date(start + input.lengthInMinutes * 60_000).toISOString(),
      duration: input.lengthInMinutes,
      eventTypeId: eventType.id,
      eventType: { id: eventType.id, slug: eventType.slug },
      location: attendee.phoneNumber ?? '',
      absentHost: false,
      createdAt: new Date().toISOString(),
      updatedAt: null,
      metadata: input.metadata,
      attendees: [attendee],
      guests: [],
      bookingFieldsResponses: { name: attendee.name, email, ...input.responses },
    };
    this.bookingList.push(booking);
    return booking;
  }

  private list(req: RecordedRequest): FakeResponse {
    const q = req.query;
    let items = [...this.bookingList];
    const eventTypeIds = (q.get('eventTypeIds') ?? q.get('eventTypeId') ?? '').split(',').filter(Boolean).map(Number);
    if (eventTypeIds.length) items = items.filter((b) => eventTypeIds.includes(b.eventTypeId));
    const afterStart = q.get('afterStart');
    if (afterStart) items = items.filter((b) => Date.parse(b.start) >= Date.parse(afterStart));
    const beforeEnd = q.get('beforeEnd');
    if (beforeEnd) items = items.filter((b) => Date.parse(b.end) <= Date.parse(beforeEnd));
    const email = q.get('attendeeEmail')?.toLowerCase();
    if (email) items = items.filter((b) => b.attendees.some((a) => a.email.toLowerCase() === email));
    const name = q.get('attendeeName')?.toLowerCase();
    if (name) items = items.filter((b) => b.attendees.some((a) => a.name.toLowerCase().includes(name)));
    const bookingUid = q.get('bookingUid');
    if (bookingUid) items = items.filter((b) => b.uid === bookingUid);
    const statuses = (q.get('status') ?? '').split(',').filter(Boolean);
    if (statuses.length) {
      const now = Date.now();
      items = items.filter((b) =>
        statuses.some((s) =>
          s === 'cancelled'
            ? b.status === 'cancelled'
            : s === 'upcoming'
              ? b.status !== 'cancelled' && Date.parse(b.end) >= now
              : s === 'past'
                ? b.status !== 'cancelled' && Date.parse(b.end) < now
                : s === 'unconfirmed'
                  ? b.status === 'pending'
                  : false,
        ),
      );
    }
    items.sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
    const take = Math.min(250, Number(q.get('take') ?? 100));
    const skip = Number(q.get('skip') ?? 0);
    const page = items.slice(skip, skip + take);
    return {
      status: 200,
      body: {
        status: 'success',
        data: page,
        pagination: {
          totalItems: items.length,
          remainingItems: Math.max(0, items.length - skip - page.length),
          returnedItems: page.length,
          itemsPerPage: take,
          currentPage: Math.floor(skip / Math.max(1, take)) + 1,
          totalPages: Math.ceil(items.length / Math.max(1, take)),
          hasNextPage: skip + page.length < items.length,
          hasPreviousPage: skip > 0,
        },
      },
    };
  }

  private cancel(req: RecordedRequest, bookingUid: string): FakeResponse {
    const booking = this.find(bookingUid);
    if (!booking) return notFound(req, `Booking with uid=${bookingUid} not found`);
    if (booking.status === 'cancelled') {
      return error(req, 400, 'BadRequestException', 'This booking has already been cancelled.');
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    booking.status = 'cancelled';
    booking.updatedAt = new Date().toISOString();
    if (typeof body.cancellationReason === 'string') booking.cancellationReason = body.cancellationReason;
    this.free.get(booking.eventTypeId)?.add(Date.parse(booking.start));
    this.announce('BOOKING_CANCELLED', booking, { cancellationReason: booking.cancellationReason ?? '' });
    return ok(booking);
  }

  private reschedule(req: RecordedRequest, bookingUid: string): FakeResponse {
    const old = this.find(bookingUid);
    if (!old) return notFound(req, `Booking with uid=${bookingUid} not found`);
    if (old.status === 'cancelled') {
      return error(req, 400, 'BadRequestException', 'cancelled_bookings_cannot_be_rescheduled');
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body.start !== 'string' || Number.isNaN(Date.parse(body.start))) {
      return error(req, 400, 'BadRequestException', 'start must be a valid ISO 8601 date string');
    }
    const start = Date.parse(body.start);
    const eventType = this.eventTypes.get(old.eventTypeId)!;
    if (!this.free.get(eventType.id)?.has(start)) {
      return error(req, 409, 'ConflictException', 'no_available_users_found_error');
    }
    const created = this.book(eventType, start, {
      attendee: { ...old.attendees[0] },
      metadata: old.metadata,
      responses: {},
      lengthInMinutes: old.duration,
    });
    created.rescheduledFromUid = old.uid;
    if (typeof body.reschedulingReason === 'string') created.reschedulingReason = body.reschedulingReason;
    old.status = 'cancelled';
    old.rescheduledToUid = created.uid;
    old.updatedAt = new Date().toISOString();
    this.free.get(eventType.id)?.add(Date.parse(old.start));
    this.announce('BOOKING_RESCHEDULED', created, {
      rescheduleId: old.id,
      rescheduleUid: old.uid,
      rescheduleStartTime: old.start,
      rescheduleEndTime: old.end,
    });
    return { status: 201, body: { status: 'success', data: created } };
  }

  private find(bookingUid: string): FakeBooking | undefined {
    return this.bookingList.find((b) => b.uid === bookingUid);
  }
}

function ok(data: unknown): FakeResponse {
  return { status: 200, body: data === undefined ? { status: 'success' } : { status: 'success', data } };
}

function error(req: RecordedRequest, status: number, code: string, message: string): FakeResponse {
  return {
    status,
    body: { status: 'error', timestamp: new Date().toISOString(), path: req.path, error: { code, message } },
  };
}

function notFound(req: RecordedRequest, message: string): FakeResponse {
  return error(req, 404, 'NotFoundException', message);
}

function uid(): string {
  return randomBytes(16).toString('base64url').slice(0, 22);
}

function validZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `timeZone` at instant `t`, in minutes east of UTC. */
function offsetMinutes(t: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((local - Math.floor(t / 1000) * 1000) / 60_000);
}

/** luxon `toISO()` style: `2050-09-05T09:00:00.000+02:00` (or `Z` in UTC). */
export function formatInZone(t: number, timeZone: string): string {
  const offset = offsetMinutes(t, timeZone);
  const local = new Date(t + offset * 60_000).toISOString().slice(0, 23);
  if (timeZone === 'UTC') return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A date alone is the start or the end of that day in `timeZone`; anything else is an instant. */
function boundary(raw: string, timeZone: string, edge: 'start' | 'end'): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return Date.parse(raw);
  const naive = Date.parse(`${raw}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  return naive - offsetMinutes(naive, timeZone) * 60_000;
}
