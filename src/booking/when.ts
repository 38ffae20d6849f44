/**
 * Dates and times as an LLM voice agent passes them to our tools ("morgen um halb drei", "03.12.", "next Thursday",
 * "2026-12-03T14:00"), read the way a receptionist would, in the branch's time zone. Pure: no clock, no I/O, no
 * date library; time-zone arithmetic goes through Intl (full ICU).
 *
 * Rules a caller might question:
 * - A bare weekday ("Donnerstag", "am Do", "next Thursday", "nächsten Donnerstag") is its next occurrence strictly
 *   AFTER today, 1–7 days ahead; said on a Thursday, "Donnerstag" is next week's. "übernächsten" adds a week.
 *   Today is only reached with "heute"/"today". The agent reads the resolved date back, which settles doubt.
 * - Day and month without a year ("3.12.", "3. Dezember") mean this year, or next year once that day has passed.
 * - A weekday next to an explicit date ("Donnerstag, den 3.12.") must agree with it, else the date is null: one of
 *   the two is wrong and guessing which would book the wrong day.
 * - Clock hours said on a 12-hour dial ("3", "3 Uhr", "halb drei", "viertel vor sieben") are read inside business
 *   hours 07:00–20:59, so 1–6 become 13–18 and "halb eins" is 12:30. A leading zero ("03:30"), an hour above 12,
 *   am/pm or a part of day ("morgens", "abends") says which half is meant and wins.
 * - parseDate/parseTime accept their expression plus filler words ("am", "den", "um", "gegen", …) and nothing else;
 *   parseDateTime looks for both anywhere in a phrase.
 */

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');

// ---------------------------------------------------------------------------------------------------------------
// Time zones

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives stable numeric parts (never "24" at midnight) whatever the process locale.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  weekday: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) p[part.type] = part.value;
  return {
    y: +p.year,
    mo: +p.month,
    d: +p.day,
    h: +p.hour,
    mi: +p.minute,
    s: +p.second,
    weekday: WEEKDAY_SHORT.indexOf(p.weekday) + 1,
  };
}

/** Wall clock minus UTC at an instant, in ms (+1 h for Berlin in winter). */
function offsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

function toInstant(instant: Date | string): Date {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return d;
}

export function localParts(
  instant: Date | string,
  timeZone: string,
): { date: string; time: string; weekday: number /* 1=Mon..7=Sun */ } {
  const w = wallClock(toInstant(instant).getTime(), timeZone);
  return { date: `${w.y}-${pad(w.mo)}-${pad(w.d)}`, time: `${pad(w.h)}:${pad(w.mi)}`, weekday: w.weekday };
}

/** `2026-12-03T14:00:00+01:00`: always a numeric offset (never `Z`), so a reader sees the branch's wall clock. */
export function isoWithOffset(instant: Date | string, timeZone: string): string {
  const ms = toInstant(instant).getTime();
  const w = wallClock(ms, timeZone);
  const off = Math.round(offsetMs(ms, timeZone) / 60_000);
  const abs = Math.abs(off);
  const offset = `${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${offset}`;
}

/**
 * The instant a local wall-clock time stands for, with the same disambiguation as Temporal and java.time:
 * - in the spring-forward gap (2026-03-29 02:30 Europe/Berlin does not exist) the clock moves forward by the
 *   gap: 03:30 CEST;
 * - in the fall-back overlap (2026-10-25 02:30 happens twice) the first, earlier instant: 02:30 CEST = 00:30Z.
 */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const d = splitDate(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t || +t[1] > 23 || +t[2] > 59) throw new RangeError(`Invalid local date/time: ${date} ${time}`);
  const wall = Date.UTC(d.y, d.m - 1, d.d, +t[1], +t[2]);
  // A day either side of the wall time brackets at most one offset change.
  const before = wall - offsetMs(wall - DAY_MS, timeZone);
  const after = wall - offsetMs(wall + DAY_MS, timeZone);
  const fits = (ms: number): boolean => ms + offsetMs(ms, timeZone) === wall;
  if (fits(before)) return new Date(fits(after) ? Math.min(before, after) : before);
  if (fits(after)) return new Date(after);
  return new Date(before); // gap: the offset from before the jump lands after it, shifted by the gap
}

// ---------------------------------------------------------------------------------------------------------------
// Local dates

function splitDate(date: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m && ymd(+m[1], +m[2], +m[3]) ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

/** `YYYY-MM-DD`, or null when the day does not exist (31.02.). */
function ymd(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || d < 1 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function addDays(date: string, days: number): string {
  const d = splitDate(date);
  if (!d) throw new RangeError(`Invalid local date: ${date}`);
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 1 = Monday … 7 = Sunday. */
function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

// ---------------------------------------------------------------------------------------------------------------
// Words

// prettier-ignore
const MONTHS: Record<string, number> = {
  januar: 1, jaenner: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  maerz: 3, march: 3, mrz: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  dezember: 12, december: 12, dez: 12, dec: 12,
};

// prettier-ignore
const WEEKDAYS: Record<string, number> = {
  montag: 1, monday: 1,
  dienstag: 2, tuesday: 2,
  mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4,
  freitag: 5, friday: 5,
  samstag: 6, sonnabend: 6, saturday: 6,
  sonntag: 7, sunday: 7,
};

// Abbreviations are also ordinary words ("so gegen 14 Uhr"), so parseDateTime trusts them only with a dot or
// right next to a time.
// prettier-ignore
const WEEKDAY_ABBR: Record<string, number> = {
  mo: 1, mon: 1, di: 2, tue: 2, tues: 2, mi: 3, wed: 3, do: 4, thu: 4, thur: 4, thurs: 4,
  fr: 5, fri: 5, sa: 6, sat: 6, so: 7, sun: 7,
};

// prettier-ignore
const HOUR_WORDS: Record<string, number> = {
  ein: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwoelf: 12, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12,
};

/** Minutes in "viertel nach", "zehn vor halb", "quarter to", "half past". */
// prettier-ignore
const MINUTE_WORDS: Record<string, number> = {
  viertel: 15, fuenf: 5, zehn: 10, zwanzig: 20, quarter: 15, half: 30, five: 5, ten: 10, twenty: 20,
};

/** Words that may surround a date or time without changing it. */
const FILLERS = new Set(
  'am an den dem der die um gegen so ca circa etwa bitte in on the at of around about please'.split(' '),
);
const PM_WORDS = new Set('nachmittags nachmittag abends abend mittags mittag afternoon evening'.split(' '));
const AM_WORDS = new Set('morgens vormittags vormittag frueh morning'.split(' '));

const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');
const MONTH_RE = alt(Object.keys(MONTHS));
const WEEKDAY_RE = alt([...Object.keys(WEEKDAYS), ...Object.keys(WEEKDAY_ABBR)]);
const HOUR_RE = `\\d{1,2}|${alt(Object.keys(HOUR_WORDS))}`;
// "ein" alone is an article, not an hour.
const BARE_HOUR_RE = `\\d{1,2}|${alt(Object.keys(HOUR_WORDS).filter((w) => w !== 'ein'))}`;

function normalize(input: string): string {
  return input
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const tokens = (text: string): string[] => text.split(/[\s,;:!?.()]+/).filter(Boolean);

// ---------------------------------------------------------------------------------------------------------------
// Dates

interface FoundDate {
  date: string;
  start: number;
  end: number;
  kind: 'explicit' | 'relative' | 'weekday';
  /** 'abbr': a bare weekday abbreviation; 'dm': "03.12" without the final dot, which may as well be a time. */
  loose?: 'abbr' | 'dm';
  /** Local time when the date came as an ISO datetime. */
  time?: string;
}

/** This year's day, or next year's once it has passed. */
function upcoming(month: number, day: number, today: string): string | null {
  const year = +today.slice(0, 4);
  const thisYear = ymd(year, month, day);
  return thisYear && thisYear >= today ? thisYear : ymd(year + 1, month, day);
}

const fourDigitYear = (y: string): number => (y.length === 2 ? 2000 + +y : +y);

/** Every reading of a date in `text`, most explicit first. */
function findDates(text: string, now: Date, timeZone: string): FoundDate[] {
  const today = localParts(now, timeZone).date;
  const found: FoundDate[] = [];
  const scan = (re: RegExp, read: (m: RegExpMatchArray) => Omit<FoundDate, 'start' | 'end'> | null): void => {
    for (const m of text.matchAll(re)) {
      const f = read(m);
      if (f) found.push({ ...f, start: m.index, end: m.index + m[0].length });
    }
  };
  const explicit = (date: string | null) => (date ? { date, kind: 'explicit' as const } : null);

  // 2026-12-03, 2026-12-03T14:00 (local), 2026-12-03T13:00:00Z (an instant: its local date and time).
  scan(
    /\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d:])/g,
    (m) => {
      const date = ymd(+m[1], +m[2], +m[3]);
      if (!date || !m[4]) return explicit(date);
      if (+m[4] > 23 || +m[5] > 59) return null;
      if (!m[7]) return { date, kind: 'explicit', time: `${m[4]}:${m[5]}` };
      const offset =
        m[7] === 'z' ? 'Z' : m[7].replace(/^([+-]\d{2}):?(\d{2})?$/, (_, h: string, mm = '00') => `${h}:${mm}`);
      const instant = new Date(`${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${offset}`);
      if (Number.isNaN(instant.getTime())) return null;
      const local = localParts(instant, timeZone);
      return { date: local.date, kind: 'explicit', time: local.time };
    },
  );
  // 03.12.2026, 3.12.26, 3.12.
  scan(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d.])/g, (m) =>
    explicit(m[3] ? ymd(fourDigitYear(m[3]), +m[2], +m[1]) : upcoming(+m[2], +m[1], today)),
  );
  // 3. Dezember 2026, 3rd of December
  scan(
    new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?(${MONTH_RE})\\b\\.?(?:,?\\s*(\\d{4})\\b)?`, 'g'),
    (m) => explicit(m[3] ? ymd(+m[3], MONTHS[m[2]], +m[1]) : upcoming(MONTHS[m[2]], +m[1], today)),
  );
  // December 3, Dec. 3rd, 2026
  scan(new RegExp(`\\b(${MONTH_RE})\\b\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`, 'g'), (m) =>
    explicit(m[3] ? ymd(+m[3], MONTHS[m[1]], +m[2]) : upcoming(MONTHS[m[1]], +m[2], today)),
  );
  // heute, morgen, übermorgen ("heute morgen" is this morning, not tomorrow)
  scan(/\b(heute(?: morgen)?|today|uebermorgen|(?:the )?day after tomorrow|tomorrow|morgen)\b/g, (m) => {
    const days = /^(heute|today)/.test(m[1]) ? 0 : /uebermorgen|after/.test(m[1]) ? 2 : 1;
    return { date: addDays(today, days), kind: 'relative' };
  });
  // Donnerstag, am Do., nächsten Donnerstag, übernächsten Freitag, next Thursday
  scan(
    new RegExp(
      `\\b(?:(uebernaechste[nrs]?|naechste[nrs]?|kommende[nrs]?|diese[nrs]?|next|coming|this)\\s+)?(${WEEKDAY_RE})\\b(\\.)?`,
      'g',
    ),
    (m) => {
      const target = WEEKDAYS[m[2]] ?? WEEKDAY_ABBR[m[2]];
      const ahead = ((target - weekdayOf(today) + 7) % 7 || 7) + (m[1]?.startsWith('uebernaechst') ? 7 : 0);
      const loose = m[2] in WEEKDAYS || m[3] ? undefined : ('abbr' as const);
      return { date: addDays(today, ahead), kind: 'weekday', loose };
    },
  );
  // 03.12 without the final dot: a date only if nothing better is there (it could be 03:12).
  scan(/(?<![\d.:])(\d{1,2})\.(\d{1,2})(?![\d.:])/g, (m) => {
    const date = upcoming(+m[2], +m[1], today);
    return date ? { date, kind: 'explicit', loose: 'dm' } : null;
  });
  return found;
}

/** Removes a found span, with the "am"/"den"/"on" in front of it ("um 3 am Montag" must not read as 3 a.m.). */
function cut(text: string, f: { start: number; end: number }): string {
  return `${text.slice(0, f.start).replace(/(?:\b(?:am|den|on|the)\s+)+$/, '')} ${text.slice(f.end)}`;
}

/** A weekday named next to an explicit or relative date must be that date's weekday. */
function weekdayAgrees(rest: string, f: FoundDate, withAbbreviations: boolean): boolean {
  if (f.kind === 'weekday') return true;
  return tokens(rest).every((t) => {
    const named = WEEKDAYS[t] ?? (withAbbreviations ? WEEKDAY_ABBR[t] : undefined);
    return named === undefined || named === weekdayOf(f.date);
  });
}

/**
 * A local `YYYY-MM-DD` in `timeZone`, or null when `input` is not (only) a date. See the file comment for the
 * weekday and year rules.
 */
export function parseDate(input: string, now: Date, timeZone: string): string | null {
  const text = normalize(input);
  for (const f of findDates(text, now, timeZone)) {
    const rest = cut(text, f);
    const onlyFillers = tokens(rest).every(
      (t) =>
        FILLERS.has(t) ||
        PM_WORDS.has(t) ||
        AM_WORDS.has(t) ||
        (f.kind !== 'weekday' && (t in WEEKDAYS || t in WEEKDAY_ABBR)),
    );
    if (onlyFillers) return weekdayAgrees(rest, f, true) ? f.date : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Times

interface Clock {
  h: number;
  m: number;
  /** Said on a 12-hour dial, so the half of the day is open. */
  twelveHour: boolean;
}

function hourOf(token: string): { h: number; twelveHour: boolean } | null {
  if (token in HOUR_WORDS) return { h: HOUR_WORDS[token], twelveHour: true };
  const h = +token;
  if (!/^\d{1,2}$/.test(token) || h > 23) return null;
  return { h, twelveHour: h >= 1 && h <= 12 && !token.startsWith('0') };
}

/** `minutes` after (or before, if negative) the hour, wrapping round midnight; "halb eins" is 00:30 before shifting. */
function around(token: string, minutes: number): Clock | null {
  const hour = hourOf(token);
  if (!hour) return null;
  const total = (((hour.h * 60 + minutes) % 1440) + 1440) % 1440;
  return { h: Math.floor(total / 60), m: total % 60, twelveHour: hour.twelveHour };
}

function at(hourToken: string, minutes: string | number = 0): Clock | null {
  const hour = hourOf(hourToken);
  return hour && +minutes <= 59 ? { h: hour.h, m: +minutes, twelveHour: hour.twelveHour } : null;
}

type TimeRule = [RegExp, (m: RegExpExecArray, strict: boolean) => Clock | null];

/** First rule that reads wins, so longer forms come before their prefixes ("14 Uhr 30" before "14 Uhr"). */
const TIME_RULES: TimeRule[] = [
  // 2 pm, 2:30 p.m., two pm
  [
    new RegExp(`\\b(${HOUR_RE})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\b\\.?`),
    (m) => {
      const c = at(m[1], m[2]);
      if (!c || c.h < 1 || c.h > 12) return null;
      return { h: (c.h % 12) + (m[3] === 'p' ? 12 : 0), m: c.m, twelveHour: false };
    },
  ],
  // 14:30, 14.30, 14:30 Uhr
  [/\b(\d{1,2})[:.](\d{2})\b(?:\s*uhr\b)?/, (m) => at(m[1], m[2])],
  // 14 Uhr 30
  [new RegExp(`\\b(${HOUR_RE})\\s*uhr\\s*(\\d{1,2})\\b`), (m) => at(m[1], m[2])],
  // 14 Uhr, 14h, drei Uhr, 3 o'clock
  [new RegExp(`\\b(${HOUR_RE})\\s*(?:uhr|h|o'?clock)\\b`), (m) => at(m[1])],
  // viertel nach 10, zehn vor halb drei, 5 nach 3, quarter to 11, half past two
  [
    new RegExp(
      `\\b(\\d{1,2}|${alt(Object.keys(MINUTE_WORDS))})\\s+(nach|vor|past|after|to|before)\\s+(halb\\s+)?(${HOUR_RE})\\b`,
    ),
    (m) => {
      const english = /past|after|to|before/.test(m[2]);
      if (english && !(m[1] in MINUTE_WORDS)) return null; // "2 to 4" is a range, not 3:58
      const minutes = MINUTE_WORDS[m[1]] ?? +m[1];
      if (minutes < 1 || minutes > 30 || (m[1] === 'half' && !english) || (m[3] && english)) return null;
      const sign = /nach|past|after/.test(m[2]) ? 1 : -1;
      return around(m[4], (m[3] ? -30 : 0) + sign * minutes);
    },
  ],
  // dreiviertel drei (south German 2:45)
  [new RegExp(`\\bdreiviertel\\s+(${HOUR_RE})\\b`), (m) => around(m[1], -15)],
  // halb drei = 2:30
  [new RegExp(`\\bhalb\\s+(${HOUR_RE})\\b`), (m) => around(m[1], -30)],
  // 9, um 9, at nine. Inside a longer phrase only after "um"/"at"/"gegen", or any number would be an hour.
  [
    new RegExp(`(?:\\b(um|at|gegen)\\s+)?\\b(${BARE_HOUR_RE})\\b(?!\\s*[.:]\\d)`),
    (m, strict) => (strict || m[1] ? at(m[2]) : null),
  ],
  // mittags, noon
  [/\b(mittags?|noon|midday)\b/, () => ({ h: 12, m: 0, twelveHour: false })],
];

/** `strict`: nothing but filler words and parts of the day may surround the time. */
function findTime(text: string, strict: boolean): string | null {
  for (const [re, read] of TIME_RULES) {
    const m = re.exec(text);
    const clock = m && read(m, strict);
    if (!m || !clock) continue;
    const rest = tokens(cut(text, { start: m.index, end: m.index + m[0].length }));
    if (strict && !rest.every((t) => FILLERS.has(t) || PM_WORDS.has(t) || AM_WORDS.has(t))) return null;
    let h = clock.h;
    const pm = rest.some((t) => PM_WORDS.has(t));
    const am = rest.some((t) => AM_WORDS.has(t));
    if (clock.twelveHour && pm && h < 12) h += 12;
    else if (clock.twelveHour && !am && h < 7) h += 12; // business hours 07:00–20:59
    return `${pad(h)}:${pad(clock.m)}`;
  }
  return null;
}

/** `HH:mm`, or null when `input` is not (only) a time. See the file comment for how 12-hour readings resolve. */
export function parseTime(input: string): string | null {
  return findTime(normalize(input), true);
}

/** Date and time from one phrase ("morgen um 14:30", "Donnerstag um halb drei"); either may be null. */
export function parseDateTime(
  input: string,
  now: Date,
  timeZone: string,
): { date: string | null; time: string | null } {
  const text = normalize(input);
  for (const f of findDates(text, now, timeZone)) {
    if (f.loose) {
      // "03.12 14 Uhr", "Do 14 Uhr": a date only when what remains is clearly a time; "so" stays a filler.
      const time = FILLERS.has(text.slice(f.start, f.end)) ? null : findTime(cut(text, f), true);
      if (time) return { date: f.date, time };
      continue;
    }
    const rest = cut(text, f);
    const time = f.time ?? findTime(rest, true) ?? findTime(rest, false);
    return { date: weekdayAgrees(rest, f, false) ? f.date : null, time };
  }
  return { date: null, time: findTime(text, true) ?? findTime(text, false) };
}
