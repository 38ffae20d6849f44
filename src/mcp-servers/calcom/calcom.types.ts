import { AppError } from 'src/platform/errors/app-error';

/** `cal-api-version` per endpoint group (vendor-wire-formats.md §4.1): a missing one hits an older controller. */
export const CAL_API_VERSIONS = {
  slots: '2024-09-04',
  bookings: '2024-08-13',
  eventTypes: '2024-06-14',
} as const;

export interface CalEventType {
  id: number;
  slug: string;
  title: string;
  lengthInMinutes: number;
}

export interface CalSlotDay {
  /** `YYYY-MM-DD` in the requested time zone. */
  date: string;
  /** Slot starts, ISO with the offset of the requested time zone. */
  starts: string[];
}

export interface CalAttendee {
  name: string;
  email: string | null;
  phoneNumber: string | null;
  timeZone: string;
}

export interface CalBooking {
  uid: string;
  id: number;
  status: 'accepted' | 'pending' | 'cancelled' | 'rejected';
  title: string;
  start: string;
  end: string;
  eventTypeId: number | null;
  attendees: CalAttendee[];
  metadata: Record<string, string>;
  rescheduledFromUid: string | null;
  rescheduledToUid: string | null;
  cancellationReason: string | null;
}

export interface CalReservation {
  reservationUid: string;
  reservationUntil: string;
  eventTypeId: number;
  slotStart: string;
}

export interface CalBookingPage {
  items: CalBooking[];
  /** Total matching the server-side filters, when Cal.com reports it. */
  total: number | null;
}

// --- Boundary validation: vendor JSON in, domain types out. A shape we do not understand is an upstream fault.

function bad(what: string): AppError {
  return new AppError('UPSTREAM_REJECTED', `Cal.com answered with an unexpected ${what}`);
}

type Json = Record<string, unknown>;

export function asObject(value: unknown, what: string): Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw bad(what);
  return value as Json;
}

function str(o: Json, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw bad(what);
  return v;
}

function num(o: Json, key: string, what: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(what);
  return v;
}

const optStr = (o: Json, key: string): string | null => (typeof o[key] === 'string' ? (o[key] as string) : null);

export function parseEventTypes(data: unknown): CalEventType[] {
  if (!Array.isArray(data)) throw bad('event type list');
  return data.map((raw) => {
    const o = asObject(raw, 'event type');
    return {
      id: num(o, 'id', 'event type'),
      slug: str(o, 'slug', 'event type'),
      title: str(o, 'title', 'event type'),
      lengthInMinutes: num(o, 'lengthInMinutes', 'event type'),
    };
  });
}

export function parseSlots(data: unknown): CalSlotDay[] {
  const o = asObject(data, 'slot map');
  return Object.entries(o)
    .map(([date, slots]) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Array.isArray(slots)) throw bad('slot map');
      return { date, starts: slots.map((s) => str(asObject(s, 'slot'), 'start', 'slot')) };
    })
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function parseReservation(data: unknown): CalReservation {
  const o = asObject(data, 'reservation');
  return {
    reservationUid: str(o, 'reservationUid', 'reservation'),
    reservationUntil: str(o, 'reservationUntil', 'reservation'),
    eventTypeId: num(o, 'eventTypeId', 'reservation'),
    slotStart: str(o, 'slotStart', 'reservation'),
  };
}

export function parseBooking(data: unknown): CalBooking {
  // A recurring-series uid answers with an array; we book single events, so the first one stands for it.
  const o = asObject(Array.isArray(data) ? data[0] : data, 'booking');
  const status = str(o, 'status', 'booking');
  if (!['accepted', 'pending', 'cancelled', 'rejected'].includes(status)) throw bad('booking status');
  const attendees = Array.isArray(o.attendees) ? o.attendees : [];
  const metadata: Record<string, string> = {};
  if (o.metadata && typeof o.metadata === 'object') {
    for (const [k, v] of Object.entries(o.metadata as Json)) if (v !== null && v !== undefined) metadata[k] = String(v);
  }
  return {
    uid: str(o, 'uid', 'booking'),
    id: num(o, 'id', 'booking'),
    status: status as CalBooking['status'],
    title: typeof o.title === 'string' ? o.title : '',
    start: str(o, 'start', 'booking'),
    end: str(o, 'end', 'booking'),
    eventTypeId: typeof o.eventTypeId === 'number' ? o.eventTypeId : null,
    attendees: attendees.map((raw) => {
      const a = asObject(raw, 'attendee');
      return {
        name: str(a, 'name', 'attendee'),
        email: optStr(a, 'email') || null,
        phoneNumber: optStr(a, 'phoneNumber'),
        timeZone: optStr(a, 'timeZone') ?? 'UTC',
      };
    }),
    metadata,
    rescheduledFromUid: optStr(o, 'rescheduledFromUid'),
    rescheduledToUid: optStr(o, 'rescheduledToUid'),
    cancellationReason: optStr(o, 'cancellationReason'),
  };
}

export function parseBookingList(data: unknown, pagination: unknown): CalBookingPage {
  if (!Array.isArray(data)) throw bad('booking list');
  const p = pagination && typeof pagination === 'object' ? (pagination as Json) : {};
  const total = typeof p.totalItems === 'number' ? p.totalItems : null;
  return { items: data.map(parseBooking), total };
}
