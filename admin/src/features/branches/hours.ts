export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Interval = [string, string];
export type BusinessHours = Partial<Record<Weekday, Interval[]>>;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type IntervalProblem = 'format' | 'inverted' | 'overlap';

/** Problems per interval ("mon.0" → problem), empty when the hours can be saved. */
export function validateIntervals(intervals: Interval[]): (IntervalProblem | null)[] {
  const problems: (IntervalProblem | null)[] = intervals.map(([from, to]) =>
    !TIME.test(from) || !TIME.test(to) ? 'format' : from >= to ? 'inverted' : null,
  );
  const order = intervals
    .map(([from, to], index) => ({ from, to, index }))
    .sort((a, b) => a.from.localeCompare(b.from));
  order.forEach((cur, k) => {
    const prev = order[k - 1];
    if (prev && problems[cur.index] === null && problems[prev.index] === null && cur.from < prev.to) {
      problems[cur.index] = 'overlap';
    }
  });
  return problems;
}

export function validateHours(hours: BusinessHours): Record<string, IntervalProblem> {
  const out: Record<string, IntervalProblem> = {};
  for (const day of WEEKDAYS) {
    validateIntervals(hours[day] ?? []).forEach((p, i) => {
      if (p) out[`${day}.${i}`] = p;
    });
  }
  return out;
}

/** The body the API expects: closed days left out, intervals sorted. */
export function normalizeHours(hours: BusinessHours): BusinessHours {
  const out: BusinessHours = {};
  for (const day of WEEKDAYS) {
    const list = hours[day] ?? [];
    if (list.length > 0) out[day] = [...list].sort((a, b) => a[0].localeCompare(b[0]));
  }
  return out;
}

export function toHours(value: unknown): BusinessHours {
  const out: BusinessHours = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const day of WEEKDAYS) {
    const list = (value as Record<string, unknown>)[day];
    if (Array.isArray(list)) out[day] = list.filter((i): i is Interval => Array.isArray(i) && i.length === 2);
  }
  return out;
}
