import { Inject, Injectable } from '@nestjs/common';
import { appConfig, calcomConfig, type AppConfig, type CalcomConfig } from 'src/config';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { HttpClientService, HttpResponse } from 'src/platform/http/http-client.service';
import { assertPublicUrl } from 'src/platform/http/url-guard';
import { transportError, vendorError } from 'src/platform/http/vendor-errors';
import {
  asObject,
  CAL_API_VERSIONS,
  CalBooking,
  CalBookingPage,
  CalEventType,
  CalReservation,
  CalSlotDay,
  parseBooking,
  parseBookingList,
  parseEventTypes,
  parseReservation,
  parseSlots,
} from './calcom.types';

const VENDOR = 'Cal.com';

/** Cal.com answers a taken slot with 409, but some paths use 400 with one of these codes in the message. */
const SLOT_TAKEN = /no_available_users_found|booking_conflict|fixed_hosts_unavailable|already has booking/i;

type Version = (typeof CAL_API_VERSIONS)[keyof typeof CAL_API_VERSIONS] | null;

interface Target {
  baseUrl: string;
  apiKey: string;
  publicOnly: boolean;
}

export interface CreateBookingRequest {
  eventTypeId: number;
  start: string;
  attendee: { name: string; email?: string; phoneNumber?: string; timeZone: string; language?: string };
  lengthInMinutes?: number;
  notes?: string;
  metadata?: Record<string, string>;
}

export interface ListBookingsQuery {
  eventTypeId?: number;
  afterStart?: string;
  beforeEnd?: string;
  attendeeEmail?: string;
  attendeeName?: string;
  status?: string;
  take: number;
  skip: number;
}

/**
 * The only code that speaks Cal.com's HTTP (API v2). The company's own key as a Bearer token, the right
 * `cal-api-version` per endpoint group, vendor answers validated into domain types. The base URL is the
 * company's self-hosted Cal.com when set (checked against private addresses), else CALCOM_API_URL.
 */
@Injectable()
export class CalcomClient {
  constructor(
    private readonly http: HttpClientService,
    private readonly credentials: CredentialsService,
    @Inject(calcomConfig.KEY) private readonly config: CalcomConfig,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
  ) {}

  async listEventTypes(ctx: ToolContext): Promise<CalEventType[]> {
    const res = await this.send(ctx, 'GET', '/v2/event-types', CAL_API_VERSIONS.eventTypes);
    return parseEventTypes(res.data);
  }

  async getSlots(
    ctx: ToolContext,
    q: { eventTypeId: number; start: string; end: string; timeZone: string },
  ): Promise<CalSlotDay[]> {
    const query = new URLSearchParams({
      eventTypeId: String(q.eventTypeId),
      start: q.start,
      end: q.end,
      timeZone: q.timeZone,
    });
    const res = await this.send(ctx, 'GET', `/v2/slots?${query}`, CAL_API_VERSIONS.slots);
    return parseSlots(res.data);
  }

  async reserveSlot(
    ctx: ToolContext,
    body: { eventTypeId: number; slotStart: string; slotDuration?: number; reservationDuration?: number },
  ): Promise<CalReservation> {
    const res = await this.send(ctx, 'POST', '/v2/slots/reservations', CAL_API_VERSIONS.slots, body);
    return parseReservation(res.data);
  }

  async releaseReservation(ctx: ToolContext, reservationUid: string): Promise<void> {
    await this.send(ctx, 'DELETE', `/v2/slots/reservations/${enc(reservationUid)}`, CAL_API_VERSIONS.slots);
  }

  async createBooking(ctx: ToolContext, input: CreateBookingRequest): Promise<CalBooking> {
    const body = {
      start: input.start,
      eventTypeId: input.eventTypeId,
      attendee: input.attendee,
      ...(input.lengthInMinutes ? { lengthInMinutes: input.lengthInMinutes } : {}),
      ...(input.notes ? { bookingFieldsResponses: { notes: input.notes } } : {}),
      ...(input.metadata && Object.keys(input.metadata).length ? { metadata: input.metadata } : {}),
    };
    const res = await this.send(ctx, 'POST', '/v2/bookings', CAL_API_VERSIONS.bookings, body);
    return parseBooking(res.data);
  }

  async getBooking(ctx: ToolContext, uid: string): Promise<CalBooking> {
    const res = await this.send(ctx, 'GET', `/v2/bookings/${enc(uid)}`, CAL_API_VERSIONS.bookings);
    return parseBooking(res.data);
  }

  async listBookings(ctx: ToolContext, q: ListBookingsQuery): Promise<CalBookingPage> {
    const query = new URLSearchParams({ take: String(q.take), skip: String(q.skip), sortStart: 'asc' });
    if (q.eventTypeId !== undefined) query.set('eventTypeId', String(q.eventTypeId));
    for (const key of ['afterStart', 'beforeEnd', 'attendeeEmail', 'attendeeName', 'status'] as const) {
      if (q[key]) query.set(key, q[key]);
    }
    const res = await this.send(ctx, 'GET', `/v2/bookings?${query}`, CAL_API_VERSIONS.bookings);
    return parseBookingList(res.data, res.pagination);
  }

  async rescheduleBooking(
    ctx: ToolContext,
    uid: string,
    body: { start: string; reschedulingReason?: string },
  ): Promise<CalBooking> {
    const res = await this.send(ctx, 'POST', `/v2/bookings/${enc(uid)}/reschedule`, CAL_API_VERSIONS.bookings, body);
    return parseBooking(res.data);
  }

  async cancelBooking(ctx: ToolContext, uid: string, cancellationReason?: string): Promise<CalBooking> {
    const body = cancellationReason ? { cancellationReason } : {};
    const res = await this.send(ctx, 'POST', `/v2/bookings/${enc(uid)}/cancel`, CAL_API_VERSIONS.bookings, body);
    return parseBooking(res.data);
  }

  /** A light authenticated call (`GET /v2/me`): who the key belongs to. */
  async me(ctx: ToolContext): Promise<{ username: string | null }> {
    const res = await this.send(ctx, 'GET', '/v2/me', null);
    const data = asObject(res.data, 'profile');
    return { username: typeof data.username === 'string' ? data.username : null };
  }

  /** One request: auth, version header, error mapping, envelope check. Returns the envelope's payload. */
  private async send(
    ctx: ToolContext,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    version: Version,
    body?: unknown,
  ): Promise<{ data: unknown; pagination?: unknown }> {
    const target = await this.target(ctx);
    const headers: Record<string, string> = { authorization: `Bearer ${target.apiKey}` };
    if (version) headers['cal-api-version'] = version;
    let res: HttpResponse;
    try {
      res = await this.http.request({
        method,
        url: `${target.baseUrl}${path}`,
        headers,
        body,
        timeoutMs: Math.max(1, ctx.deadline - Date.now()),
        signal: ctx.signal,
        publicOnly: target.publicOnly,
      });
    } catch (err) {
      throw transportError(VENDOR, err);
    }
    if (res.status < 200 || res.status >= 300) throw this.error(res);
    const envelope = asObject(res.body, 'envelope');
    if (envelope.status !== 'success') throw new AppError('UPSTREAM_REJECTED', `${VENDOR} answered without success`);
    return { data: envelope.data, pagination: envelope.pagination };
  }

  private error(res: HttpResponse): AppError {
    const message = errorMessage(res.body);
    if (res.status === 409 || (res.status === 400 && SLOT_TAKEN.test(message))) {
      return AppError.conflict('The time slot is no longer available');
    }
    // Cal.com's throttler reports the wait in X-RateLimit-Reset-Default (seconds), not always in Retry-After.
    if (res.status === 429 && !res.headers['retry-after'] && res.headers['x-ratelimit-reset-default']) {
      return vendorError(VENDOR, {
        ...res,
        headers: { ...res.headers, 'retry-after': res.headers['x-ratelimit-reset-default'] },
      });
    }
    return vendorError(VENDOR, res);
  }

  private async target(ctx: ToolContext): Promise<Target> {
    if (!ctx.companyId) throw AppError.invalid('companyId', 'isDefined', 'Cal.com tools act for a company');
    const credentials = await this.credentials.get(ctx.companyId, 'calcom');
    if (!credentials?.apiKey) {
      throw new AppError('UPSTREAM_UNAUTHORIZED', 'Cal.com is not connected for this company (no API key)');
    }
    const custom = credentials.settings?.apiUrl;
    if (typeof custom === 'string' && custom.trim()) {
      const url = await assertPublicUrl(custom.trim(), 'apiUrl', this.app.outboundAllowPrivate);
      return {
        baseUrl: url.toString().replace(/\/+$/, '').replace(/\/v2$/, ''),
        apiKey: credentials.apiKey,
        publicOnly: true,
      };
    }
    return { baseUrl: this.config.apiUrl, apiKey: credentials.apiKey, publicOnly: false };
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

function errorMessage(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const error = (body as { error?: { message?: unknown } }).error;
  return typeof error?.message === 'string' ? error.message : '';
}
