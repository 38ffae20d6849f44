import {
  levenshtein,
  matchName,
  matchService,
  nearestAlternatives,
  normalizeName,
  speakList,
  speakSlot,
  speakTime,
} from './spoken';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
// Tuesday, 1 December 2026, 11:00 in Berlin (06:00 in New York).
const NOW = new Date('2026-12-01T10:00:00Z');

describe('speakSlot', () => {
  it.each([
    ['2026-12-01T13:00:00Z', 'heute um 14 Uhr', 'today at 2 pm'],
    ['2026-12-02T08:30:00Z', 'morgen um 9:30 Uhr', 'tomorrow at 9:30 am'],
    ['2026-12-03T15:00:00Z', 'übermorgen um 16 Uhr', 'Thursday, 3 December at 4 pm'],
    ['2026-12-03T08:30:00Z', 'übermorgen um 9:30 Uhr', 'Thursday, 3 December at 9:30 am'],
    ['2026-12-10T08:30:00Z', 'Donnerstag, den 10. Dezember um 9:30 Uhr', 'Thursday, 10 December at 9:30 am'],
    ['2026-12-07T08:05:00Z', 'Montag, den 7. Dezember um 9:05 Uhr', 'Monday, 7 December at 9:05 am'],
    ['2026-12-01T11:00:00Z', 'heute um 12 Uhr', 'today at 12 pm'],
    ['2026-12-01T22:45:00Z', 'heute um 23:45 Uhr', 'today at 11:45 pm'],
    ['2026-12-01T23:00:00Z', 'morgen um 0 Uhr', 'tomorrow at 12 am'],
  ])('says %p in Berlin as %p / %p', (instant, de, en) => {
    expect(speakSlot(instant, BERLIN, 'de', NOW)).toBe(de);
    expect(speakSlot(instant, BERLIN, 'en', NOW)).toBe(en);
  });

  it('speaks day and hour in the branch time zone', () => {
    // 23:30 UTC: already tomorrow in Berlin, still this evening in New York.
    expect(speakSlot('2026-12-01T23:30:00Z', BERLIN, 'de', NOW)).toBe('morgen um 0:30 Uhr');
    expect(speakSlot('2026-12-01T23:30:00Z', NEW_YORK, 'en', NOW)).toBe('today at 6:30 pm');
    expect(speakSlot('2026-12-03T19:00:00Z', NEW_YORK, 'en', NOW)).toBe('Thursday, 3 December at 2 pm');
  });

  it('accepts a Date and an ISO string with an offset', () => {
    expect(speakSlot(new Date('2026-12-02T13:00:00Z'), BERLIN, 'de', NOW)).toBe('morgen um 14 Uhr');
    expect(speakSlot('2026-12-02T14:00:00+01:00', BERLIN, 'en', NOW)).toBe('tomorrow at 2 pm');
  });

  it('names next January without a year when said in December', () => {
    const lateDecember = new Date('2026-12-20T12:00:00Z');
    expect(speakSlot('2027-01-03T09:00:00Z', BERLIN, 'de', lateDecember)).toBe('Sonntag, den 3. Januar um 10 Uhr');
    expect(speakSlot('2027-01-03T09:00:00Z', BERLIN, 'en', lateDecember)).toBe('Sunday, 3 January at 10 am');
  });

  it('adds the year to past days and days far ahead', () => {
    expect(speakSlot('2026-11-30T09:00:00Z', BERLIN, 'de', NOW)).toBe('Montag, den 30. November 2026 um 10 Uhr');
    expect(speakSlot('2027-12-02T09:00:00Z', BERLIN, 'en', NOW)).toBe('Thursday, 2 December 2027 at 10 am');
    expect(speakSlot('2027-03-25T09:00:00Z', BERLIN, 'de', NOW)).toBe('Donnerstag, den 25. März um 10 Uhr');
  });

  it('uses summer time after the Berlin spring-forward night', () => {
    const saturday = new Date('2026-03-28T12:00:00Z');
    expect(speakSlot('2026-03-29T00:30:00Z', BERLIN, 'de', saturday)).toBe('morgen um 1:30 Uhr');
    expect(speakSlot('2026-03-29T01:30:00Z', BERLIN, 'de', saturday)).toBe('morgen um 3:30 Uhr');
    expect(speakSlot('2026-03-30T07:00:00Z', BERLIN, 'de', saturday)).toBe('übermorgen um 9 Uhr');
  });
});

describe('speakTime', () => {
  it.each([
    ['14:00', '14 Uhr', '2 pm'],
    ['09:30', '9:30 Uhr', '9:30 am'],
    ['12:00', '12 Uhr', '12 pm'],
    ['00:15', '0:15 Uhr', '12:15 am'],
    ['20:05', '20:05 Uhr', '8:05 pm'],
  ])('says %p as %p / %p', (time, de, en) => {
    expect(speakTime(time, 'de')).toBe(de);
    expect(speakTime(time, 'en')).toBe(en);
  });
});

describe('speakList', () => {
  it.each([
    [[], '', ''],
    [['A'], 'A', 'A'],
    [['A', 'B'], 'A oder B', 'A or B'],
    [['A', 'B', 'C'], 'A, B oder C', 'A, B or C'],
    [['A', 'B', 'C', 'D'], 'A, B, C oder D', 'A, B, C or D'],
  ])('joins %p', (items, de, en) => {
    expect(speakList(items, 'de')).toBe(de);
    expect(speakList(items, 'en')).toBe(en);
  });
});

describe('nearestAlternatives', () => {
  const at = (hour: number, minute = 0) =>
    `2026-12-03T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
  const hourly = [9, 10, 11, 12, 13, 14, 15, 16, 17].map((h) => at(h));

  it('offers the nearest slots around a taken wish, without the wish, in chronological order', () => {
    // 11 and 13 are an hour away; of 10 and 14 (two hours) the earlier wins the tie.
    expect(nearestAlternatives(hourly, new Date(at(12)))).toEqual([at(10), at(11), at(13)]);
    expect(nearestAlternatives(hourly, new Date(at(12)), 2)).toEqual([at(11), at(13)]);
    expect(nearestAlternatives(hourly, new Date(at(12)), 4)).toEqual([at(10), at(11), at(13), at(14)]);
  });

  it('breaks ties towards the earlier slot when the wish falls between slots', () => {
    expect(nearestAlternatives(hourly, new Date(at(12, 30)))).toEqual([at(11), at(12), at(13)]);
    expect(nearestAlternatives(hourly, new Date(at(12, 30)), 1)).toEqual([at(12)]);
  });

  it('looks only forward or backward when the wish is at the edge of the day', () => {
    expect(nearestAlternatives(hourly, new Date(at(7)))).toEqual([at(9), at(10), at(11)]);
    expect(nearestAlternatives(hourly, new Date(at(20)))).toEqual([at(15), at(16), at(17)]);
  });

  it('copes with unsorted input, duplicates, other offsets for the wish and unreadable entries', () => {
    const slots = [at(15), '2026-12-03T13:00:00+01:00' /* = 12:00Z, the wish */, at(11), 'kaputt', at(11), at(13)];
    expect(nearestAlternatives(slots, new Date(at(12)))).toEqual([at(11), at(13), at(15)]);
  });

  it('returns fewer when there are fewer, and nothing for count 0', () => {
    expect(nearestAlternatives([at(9)], new Date(at(12)))).toEqual([at(9)]);
    expect(nearestAlternatives([], new Date(at(12)))).toEqual([]);
    expect(nearestAlternatives(hourly, new Date(at(12)), 0)).toEqual([]);
  });
});

describe('matchService', () => {
  const services = [
    { name: 'Zahnreinigung', keywords: ['PZR', 'Prophylaxe'] },
    { name: 'Kontrolle', keywords: ['Check-up', 'Vorsorge'] },
    { name: 'Bleaching', keywords: ['Zahnaufhellung'] },
    { name: 'Haarschnitt Damen' },
    { name: 'Haarschnitt Herren' },
    { name: 'Färben', keywords: ['Farbe', 'Coloration'] },
    { name: 'Maniküre' },
    { name: 'Pediküre' },
  ];
  const named = (query: string) => matchService(query, services)?.name ?? null;

  it.each([
    ['Zahnreinigung', 'Zahnreinigung'],
    ['  zahnreinigung! ', 'Zahnreinigung'],
    ['Faerben', 'Färben'],
    ['FÄRBEN', 'Färben'],
    ['Haarschnitt Herren', 'Haarschnitt Herren'],
    ['haarschnitt-damen', 'Haarschnitt Damen'],
  ])('matches the name %p exactly', (query, expected) => {
    expect(named(query)).toBe(expected);
  });

  it.each([
    ['Professionelle Zahnreinigung', 'Zahnreinigung'],
    ['einen Zahnreinigungstermin bitte', 'Zahnreinigung'],
    ['reinigung', 'Zahnreinigung'],
    ['Damen', 'Haarschnitt Damen'],
    ['ein Haarschnitt Herren, kurz', 'Haarschnitt Herren'],
  ])('matches %p by containment', (query, expected) => {
    expect(named(query)).toBe(expected);
  });

  it.each([
    ['PZR', 'Zahnreinigung'],
    ['eine Prophylaxe', 'Zahnreinigung'],
    ['check up', 'Kontrolle'],
    ['Vorsorgeuntersuchung', 'Kontrolle'],
    ['Zahnaufhellung', 'Bleaching'],
    ['Haare farben', 'Färben'],
  ])('matches %p by keyword', (query, expected) => {
    expect(named(query)).toBe(expected);
  });

  it.each([
    ['Zahnreiningung', 'Zahnreinigung'],
    ['Zahnreinigng', 'Zahnreinigung'],
    ['Bleeching', 'Bleaching'],
    ['Kontrole', 'Kontrolle'],
    ['Pedikür', 'Pediküre'],
    ['Prophilaxe', 'Zahnreinigung'],
  ])('forgives the typo %p', (query, expected) => {
    expect(named(query)).toBe(expected);
  });

  it('gives null when the query fits two services equally well', () => {
    expect(named('Haarschnitt')).toBeNull();
  });

  it('lets a name outrank a keyword (the first level with a hit decides)', () => {
    expect(named('Zahn')).toBe('Zahnreinigung'); // also inside Bleaching's keyword "Zahnaufhellung"
  });

  it('prefers the closer typo match over a farther one', () => {
    expect(named('Medikuere')).toBe('Pediküre'); // 1 edit from Pediküre, 2 from Maniküre
  });

  it.each(['', '   ', '!!', 'Massage', 'Wurzelbehandlung', 'xy'])('gives null for %p', (query) => {
    expect(named(query)).toBeNull();
  });

  it('gives null when two services tie at the best typo distance', () => {
    expect(matchService('Lira', [{ name: 'Lisa' }, { name: 'Lina' }])).toBeNull();
  });

  it('returns the service object itself, with its own fields', () => {
    const catalogue = [
      { name: 'Zahnreinigung', eventTypeId: 7 },
      { name: 'Kontrolle', eventTypeId: 8 },
    ];
    expect(matchService('zahnreinigung', catalogue)).toBe(catalogue[0]);
    expect(matchService('Kontrolle', [])).toBeNull();
  });
});

describe('matchName (staff)', () => {
  const staff = [{ name: 'Dr. Anna Müller' }, { name: 'Max Schmidt' }, { name: 'Maria Müller' }];
  const named = (query: string) => matchName(query, staff)?.name ?? null;

  it('finds a person by full name, surname or a misspelt surname', () => {
    expect(named('Anna Mueller')).toBe('Dr. Anna Müller');
    expect(named('Frau Maria Müller')).toBe('Maria Müller');
    expect(named('Herr Schmidt')).toBe('Max Schmidt');
    expect(named('Schmitt')).toBe('Max Schmidt');
    expect(named('Maria')).toBe('Maria Müller');
  });

  it('gives null when a surname fits two people', () => {
    expect(named('Frau Müller')).toBeNull();
    expect(named('Muller')).toBeNull();
    expect(matchName('Muller', [{ name: 'Anna Müller' }, { name: 'Max Schmidt' }])?.name).toBe('Anna Müller');
  });
});

describe('normalizeName and levenshtein', () => {
  it('spells umlauts out both ways and drops accents and punctuation', () => {
    expect(normalizeName(' Dr. Jürgen Groß-Öhler ')).toBe('dr juergen gross oehler');
    expect(normalizeName('Dr. Juergen Gross Oehler')).toBe('dr juergen gross oehler');
    expect(normalizeName('Pédicure')).toBe('pedicure');
  });

  it('counts edits', () => {
    expect(levenshtein('zahnreiningung', 'zahnreinigung')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});
