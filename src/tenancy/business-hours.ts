import type { BusinessHours } from 'src/mcp-servers/directory/entities/branch.entity';

export type Locale = 'de' | 'en';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES: Record<Locale, string[]> = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WORDS: Record<Locale, { and: string; to: string; through: string; closed: string; none: string; clock: string }> =
  {
    de: {
      and: 'und',
      to: 'bis',
      through: 'bis',
      closed: 'geschlossen',
      none: 'Keine Öffnungszeiten hinterlegt.',
      clock: ' Uhr',
    },
    en: { and: 'and', to: 'to', through: 'to', closed: 'closed', none: 'No opening hours on file.', clock: '' },
  };

/** `08:30` → `8:30`: how the time is read out. */
const spoken = (time: string) => time.replace(/^0(\d)/, '$1');

/**
 * The weekly hours as one sentence for a voice agent, e.g. "Montag bis Freitag 8:00 bis 18:00 Uhr, Samstag
 * 9:00 bis 13:00 Uhr, Sonntag geschlossen." Consecutive days with the same hours are read together.
 */
export function describeBusinessHours(hours: BusinessHours, locale: Locale): string {
  const w = WORDS[locale];
  if (!DAYS.some((d) => hours[d]?.length)) return w.none;
  const key = (i: number) => JSON.stringify(hours[DAYS[i]] ?? []);
  const parts: string[] = [];
  for (let start = 0; start < DAYS.length;) {
    let end = start;
    while (end + 1 < DAYS.length && key(end + 1) === key(start)) end++;
    const names = DAY_NAMES[locale];
    const days =
      end === start
        ? names[start]
        : end === start + 1
          ? `${names[start]} ${w.and} ${names[end]}`
          : `${names[start]} ${w.through} ${names[end]}`;
    const intervals = hours[DAYS[start]] ?? [];
    const when = intervals.length
      ? intervals.map(([from, to]) => `${spoken(from)} ${w.to} ${spoken(to)}${w.clock}`).join(` ${w.and} `)
      : w.closed;
    parts.push(`${days} ${when}`);
    start = end + 1;
  }
  return `${parts.join(', ')}.`;
}
