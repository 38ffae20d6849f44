/**
 * Saying appointments the way a receptionist would (German and English), and finding what the caller meant when
 * they named a service or a person. Pure: the clock comes in as `now`, time zones through src/booking/when.
 */
import { localParts } from 'src/booking/when';

export type SpokenLocale = 'de' | 'en';

const WEEKDAY_NAMES: Record<SpokenLocale, string[]> = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
// prettier-ignore
const MONTH_NAMES: Record<SpokenLocale, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Index = days from today. English says "the day after tomorrow" rarely; it names the day instead. */
const RELATIVE_DAYS: Record<SpokenLocale, string[]> = {
  de: ['heute', 'morgen', 'übermorgen'],
  en: ['today', 'tomorrow'],
};
const AT: Record<SpokenLocale, string> = { de: 'um', en: 'at' };
const OR: Record<SpokenLocale, string> = { de: 'oder', en: 'or' };

/** Past days and days more than ~10 months ahead get their year; otherwise "3. Januar" said in December is clear. */
const YEAR_AFTER_DAYS = 300;

/** de `14 Uhr`, `9:30 Uhr`; en `2 pm`, `9:30 am`. */
export function speakTime(time: string, locale: SpokenLocale): string {
  const [h, m] = time.split(':').map(Number);
  const minutes = m ? `:${String(m).padStart(2, '0')}` : '';
  if (locale === 'de') return `${h}${minutes} Uhr`;
  return `${h % 12 || 12}${minutes} ${h < 12 ? 'am' : 'pm'}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * de `morgen um 9:30 Uhr`, `Donnerstag, den 3. Dezember um 9:30 Uhr`; en `today at 2 pm`,
 * `Thursday, 3 December at 9:30 am`. Day and hour are the branch's (`timeZone`), not the server's.
 */
export function speakSlot(instant: Date | string, timeZone: string, locale: SpokenLocale, now: Date): string {
  const slot = localParts(instant, timeZone);
  const days = daysBetween(localParts(now, timeZone).date, slot.date);
  const [year, month, day] = slot.date.split('-').map(Number);
  const weekday = WEEKDAY_NAMES[locale][slot.weekday - 1];
  const monthName = MONTH_NAMES[locale][month - 1];
  const withYear = days < 0 || days > YEAR_AFTER_DAYS ? ` ${year}` : '';
  const dayWords =
    (days >= 0 && RELATIVE_DAYS[locale][days]) ||
    (locale === 'de'
      ? `${weekday}, den ${day}. ${monthName}${withYear}`
      : `${weekday}, ${day} ${monthName}${withYear}`);
  return `${dayWords} ${AT[locale]} ${speakTime(slot.time, locale)}`;
}

/** de `A, B oder C`, en `A, B or C` (no serial comma: it is heard, not read). */
export function speakList(items: string[], locale: SpokenLocale): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${OR[locale]} ${items[items.length - 1]}`;
}

/**
 * The `count` free slots nearest to the wished time (a tie goes to the earlier one), without the wish itself,
 * in chronological order, as they would be offered on the phone. Unreadable and duplicate instants are skipped.
 */
export function nearestAlternatives(slots: string[], wish: Date, count = 3): string[] {
  const target = wish.getTime();
  const seen = new Set<number>();
  const candidates: { slot: string; at: number }[] = [];
  for (const slot of slots) {
    const at = Date.parse(slot);
    if (Number.isNaN(at) || at === target || seen.has(at)) continue;
    seen.add(at);
    candidates.push({ slot, at });
  }
  return candidates
    .sort((a, b) => Math.abs(a.at - target) - Math.abs(b.at - target) || a.at - b.at)
    .slice(0, Math.max(0, count))
    .sort((a, b) => a.at - b.at)
    .map((c) => c.slot);
}

// ---------------------------------------------------------------------------------------------------------------
// Matching names

/** Lowercase, umlauts spelled out (so "Müller" and "Mueller" meet), other accents dropped, punctuation gone. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** Shorter than this, a substring or a typo match is chance ("Bad" in "Badewanne" is fine, "an" in "Anna" not). */
const MIN_PART = 3;
const MIN_FUZZY_WORD = 4;

/** Typos allowed: 2 for longer words, 1 for short ones, where 2 edits already turn "Farbe" into "Falte". */
const maxTypos = (word: string): number => (word.length >= 6 ? 2 : 1);

const words = (text: string): string[] => text.split(' ').filter((w) => w.length >= MIN_FUZZY_WORD);

interface Candidate<T> {
  item: T;
  name: string;
  keywords: string[];
}

/** One winner decides, several are ambiguous (null), none passes to the next level (undefined). */
function decide<T>(hits: Candidate<T>[]): T | null | undefined {
  const distinct = [...new Set(hits.map((h) => h.item))];
  if (distinct.length === 0) return undefined;
  return distinct.length === 1 ? distinct[0] : null;
}

/** Of several names inside the query, the longest is the most specific ("Haarschnitt Damen" over "Haarschnitt"). */
function longest<T>(hits: Candidate<T>[]): Candidate<T>[] {
  const max = Math.max(...hits.map((h) => h.name.length));
  return hits.filter((h) => h.name.length === max);
}

/**
 * The service (or person) a caller named, tried level by level: exact name; name inside the query or query inside
 * the name; a keyword; a word within a few typos ("Zahnreiningung"). The first level with hits decides; two
 * different hits there are ambiguous and give null, so the agent asks instead of guessing.
 */
export function matchService<T extends { name: string; keywords?: string[] }>(query: string, services: T[]): T | null {
  const q = normalizeName(query);
  if (!q) return null;
  const all: Candidate<T>[] = services.map((item) => ({
    item,
    name: normalizeName(item.name),
    keywords: (item.keywords ?? []).map(normalizeName).filter(Boolean),
  }));
  const contains = (outer: string, inner: string): boolean => inner.length >= MIN_PART && outer.includes(inner);

  const exact = decide(all.filter((c) => c.name === q));
  if (exact !== undefined) return exact;

  const inQuery = all.filter((c) => contains(q, c.name));
  const named = decide(inQuery.length ? longest(inQuery) : all.filter((c) => contains(c.name, q)));
  if (named !== undefined) return named;

  const byKeyword = decide(all.filter((c) => c.keywords.some((k) => k === q || contains(q, k) || contains(k, q))));
  if (byKeyword !== undefined) return byKeyword;

  const distance = (c: Candidate<T>): number => {
    let best = Infinity;
    for (const w of words(q)) {
      for (const v of [...words(c.name), ...c.keywords.flatMap(words)]) {
        const d = levenshtein(w, v);
        if (d <= Math.min(maxTypos(w), maxTypos(v))) best = Math.min(best, d);
      }
    }
    return best;
  };
  const scored = all.map((c) => ({ c, d: distance(c) })).filter((s) => s.d < Infinity);
  const min = Math.min(...scored.map((s) => s.d));
  return decide(scored.filter((s) => s.d === min).map((s) => s.c)) ?? null;
}

/** Staff are matched the same way: "Frau Müller", "Dr. Mueller", "Muller". */
export const matchName = matchService;
