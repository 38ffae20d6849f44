import { MESSAGES, type Locale } from './messages';

/**
 * What the agent says is read out to a caller as it is: both languages must offer the same sentences, each
 * must carry every value it is given, and none may end mid-sentence.
 */
const LOCALES = Object.keys(MESSAGES) as Locale[];
type Entry = string | ((...args: string[]) => string);
const entries = (locale: Locale) => Object.entries(MESSAGES[locale]) as [string, Entry][];

/** Every sentence of a locale, each function called with distinct markers (and, where it branches, without). */
function sentences(locale: Locale): { key: string; text: string; args: string[] }[] {
  return entries(locale).flatMap(([key, entry]) => {
    if (typeof entry === 'string') return [{ key, text: entry, args: [] }];
    const args = Array.from({ length: entry.length }, (_, i) => `wert${i + 1}`);
    const variants = [{ key, text: entry(...args), args }];
    // The two that branch on an empty list of alternatives.
    if (key === 'taken') variants.push({ key, text: entry(args[0], ''), args: [args[0]] });
    if (key === 'dayFull') variants.push({ key, text: entry(''), args: [] });
    return variants;
  });
}

describe('voice messages', () => {
  it('offers the same sentences, taking the same values, in German and English', () => {
    const shape = (locale: Locale) =>
      entries(locale).map(([key, entry]) => [key, typeof entry === 'string' ? 'text' : entry.length]);
    expect(shape('en')).toEqual(shape('de'));
  });

  it.each(LOCALES)('%s: every sentence carries each value it is given and ends as a sentence', (locale) => {
    for (const { key, text, args } of sentences(locale)) {
      if (key === 'or') continue; // a joining word, not a sentence
      for (const arg of args)
        expect({ key, text, has: text.toLowerCase().includes(arg) }).toEqual({ key, text, has: true });
      expect({ key, text, ends: /[.?]$|: wert\d$/.test(text) }).toEqual({ key, text, ends: true });
      expect(text).not.toMatch(/undefined|\$\{| {2}/);
    }
  });

  it('starts a sentence that begins with a spoken slot with a capital letter', () => {
    expect(MESSAGES.de.available('morgen um 14 Uhr')).toBe(
      'Morgen um 14 Uhr ist frei. Soll ich den Termin für Sie eintragen?',
    );
    expect(MESSAGES.en.taken('tomorrow at 2 pm', 'Thursday at 9 am')).toBe(
      'Tomorrow at 2 pm is already taken. I can offer you Thursday at 9 am.',
    );
    expect(MESSAGES.de.closedOnDay('sonntags')).toBe('Sonntags haben wir geschlossen.');
  });

  it('says that nothing is free instead of offering an empty list of alternatives', () => {
    for (const locale of LOCALES) {
      const m = MESSAGES[locale];
      expect(m.taken('x', '')).not.toMatch(/anbieten|offer you/);
      expect(m.dayFull('')).not.toMatch(/anbieten|offer you/);
      expect(m.dayFull('y')).toMatch(/anbieten|offer you/);
    }
  });
});
