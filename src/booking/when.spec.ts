import { addDays, isoWithOffset, localParts, parseDate, parseDateTime, parseTime, zonedToUtc } from './when';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
// Tuesday, 1 December 2026, 11:00 in Berlin.
const TUESDAY = new Date('2026-12-01T10:00:00Z');
// Thursday, 3 December 2026, 09:00 in Berlin.
const THURSDAY = new Date('2026-12-03T08:00:00Z');
// Sunday, 20 December 2026.
const LATE_DECEMBER = new Date('2026-12-20T12:00:00Z');

describe('parseDate', () => {
  const date = (input: string, now = TUESDAY, tz = BERLIN) => parseDate(input, now, tz);

  it.each([
    ['2026-12-03', '2026-12-03'],
    ['03.12.2026', '2026-12-03'],
    ['3.12.2026', '2026-12-03'],
    ['3.12.26', '2026-12-03'],
    ['3.12.', '2026-12-03'],
    ['03.12', '2026-12-03'],
    ['am 3.12.', '2026-12-03'],
    ['den 03.12.2026', '2026-12-03'],
    ['  Am 3. Dezember  ', '2026-12-03'],
    ['3 Dezember 2026', '2026-12-03'],
    ['3. Dez.', '2026-12-03'],
    ['December 3', '2026-12-03'],
    ['December 3rd, 2026', '2026-12-03'],
    ['3rd of December', '2026-12-03'],
    ['on the 3rd of december', '2026-12-03'],
    ['5. März 2027', '2027-03-05'],
    ['5. Maerz 2027', '2027-03-05'],
    ['1. Mai 2027', '2027-05-01'],
    ['Donnerstag, den 3. Dezember', '2026-12-03'],
    ['Thursday, December 3', '2026-12-03'],
  ])('reads the explicit date %p', (input, expected) => {
    expect(date(input)).toBe(expected);
  });

  it.each([
    ['heute', '2026-12-01'],
    ['Heute morgen', '2026-12-01'],
    ['today', '2026-12-01'],
    ['morgen', '2026-12-02'],
    ['Morgen Nachmittag', '2026-12-02'],
    ['tomorrow', '2026-12-02'],
    ['übermorgen', '2026-12-03'],
    ['uebermorgen', '2026-12-03'],
    ['day after tomorrow', '2026-12-03'],
    ['the day after tomorrow', '2026-12-03'],
  ])('reads the relative day %p said on Tuesday 1 December', (input, expected) => {
    expect(date(input)).toBe(expected);
  });

  it('counts relative days in the branch time zone, not in UTC', () => {
    // 23:30 UTC on 1 December is already 2 December in Berlin, still 1 December in New York.
    const lateEvening = new Date('2026-12-01T23:30:00Z');
    expect(date('morgen', lateEvening, BERLIN)).toBe('2026-12-03');
    expect(date('tomorrow', lateEvening, NEW_YORK)).toBe('2026-12-02');
  });

  it.each([
    ['Donnerstag', '2026-12-03'],
    ['am Donnerstag', '2026-12-03'],
    ['Do', '2026-12-03'],
    ['am Do.', '2026-12-03'],
    ['nächsten Donnerstag', '2026-12-03'],
    ['naechsten Donnerstag', '2026-12-03'],
    ['kommenden Donnerstag', '2026-12-03'],
    ['next thursday', '2026-12-03'],
    ['on Thursday', '2026-12-03'],
    ['übernächsten Donnerstag', '2026-12-10'],
    ['Montag', '2026-12-07'],
    ['Mo', '2026-12-07'],
    ['monday', '2026-12-07'],
    ['Sonntag', '2026-12-06'],
    ['Sonnabend', '2026-12-05'],
    ['Mittwoch', '2026-12-02'],
  ])('resolves the weekday %p said on Tuesday 1 December', (input, expected) => {
    expect(date(input)).toBe(expected);
  });

  it('reads a bare weekday as its next occurrence after today: Thursday said on a Thursday is next week', () => {
    expect(date('Donnerstag', THURSDAY)).toBe('2026-12-10');
    expect(date('nächsten Donnerstag', THURSDAY)).toBe('2026-12-10');
    expect(date('Freitag', THURSDAY)).toBe('2026-12-04');
    expect(date('Mittwoch', THURSDAY)).toBe('2026-12-09');
    expect(date('heute', THURSDAY)).toBe('2026-12-03');
  });

  it('rolls a day without a year over to next year once it has passed', () => {
    expect(date('3.1.', LATE_DECEMBER)).toBe('2027-01-03');
    expect(date('3. Januar', LATE_DECEMBER)).toBe('2027-01-03');
    expect(date('January 3', LATE_DECEMBER)).toBe('2027-01-03');
    expect(date('19.12.', LATE_DECEMBER)).toBe('2027-12-19');
    expect(date('20.12.', LATE_DECEMBER)).toBe('2026-12-20'); // today still counts
    expect(date('24.12.', LATE_DECEMBER)).toBe('2026-12-24');
  });

  it('finds the next Monday across the year boundary', () => {
    expect(date('Montag', new Date('2026-12-30T12:00:00Z'))).toBe('2027-01-04');
    expect(date('morgen', new Date('2026-12-31T12:00:00Z'))).toBe('2027-01-01');
  });

  it('takes the local date of an ISO instant in the branch time zone', () => {
    expect(date('2026-12-03T23:30:00Z')).toBe('2026-12-04');
    expect(date('2026-12-03T23:30:00Z', TUESDAY, NEW_YORK)).toBe('2026-12-03');
    expect(date('2026-12-03T14:00')).toBe('2026-12-03');
    expect(date('2026-12-03T01:00:00+05:00')).toBe('2026-12-02');
  });

  it.each([
    '31.02.',
    '31.02.2027',
    '2026-02-30',
    '2026-13-01',
    '32.1.',
    '0.5.',
    '29.2.2027',
    '30. Februar',
    '',
    '   ',
    'irgendwann',
    'nächsten Monat',
    'in zwei Wochen',
    'morgen 14 Uhr',
    '14:30',
    'Donnerstag, den 4. Dezember', // 4 December 2026 is a Friday
    'Montag morgen Dienstag',
  ])('gives null for %p', (input) => {
    expect(date(input)).toBeNull();
  });
});

describe('parseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['14 Uhr', '14:00'],
    ['14 uhr', '14:00'],
    ['14:30 Uhr', '14:30'],
    ['14 Uhr 30', '14:30'],
    ['um 14 Uhr', '14:00'],
    ['gegen 14 Uhr', '14:00'],
    ['14h', '14:00'],
    ['9', '09:00'],
    ['um 9', '09:00'],
    ['09:05', '09:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['12', '12:00'],
    ['7', '07:00'],
    ['2 pm', '14:00'],
    ['2pm', '14:00'],
    ['2:30 pm', '14:30'],
    ['2:30 p.m.', '14:30'],
    ['9 am', '09:00'],
    ['12 am', '00:00'],
    ['12 pm', '12:00'],
    ['two pm', '14:00'],
    ['halb drei', '14:30'],
    ['halb 3', '14:30'],
    ['halb acht', '07:30'],
    ['halb zehn', '09:30'],
    ['halb eins', '12:30'],
    ['halb 15', '14:30'],
    ['viertel nach 10', '10:15'],
    ['Viertel nach zehn', '10:15'],
    ['viertel vor 11', '10:45'],
    ['viertel vor sieben', '18:45'],
    ['dreiviertel elf', '10:45'],
    ['zehn nach drei', '15:10'],
    ['5 vor halb drei', '14:25'],
    ['fünf nach halb zehn', '09:35'],
    ['quarter past ten', '10:15'],
    ['quarter to eleven', '10:45'],
    ['half past two', '14:30'],
    ['mittags', '12:00'],
    ['Mittag', '12:00'],
    ['noon', '12:00'],
    ['drei Uhr', '15:00'],
    ["3 o'clock", '15:00'],
    ['at three', '15:00'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });

  it('reads a bare hour 1–6 as afternoon, like a receptionist, unless the caller says otherwise', () => {
    expect(parseTime('3')).toBe('15:00');
    expect(parseTime('3 Uhr')).toBe('15:00');
    expect(parseTime('3:30')).toBe('15:30');
    expect(parseTime('6')).toBe('18:00');
    expect(parseTime('halb sieben')).toBe('18:30');
    // A leading zero, am, or a morning word asks for the early reading.
    expect(parseTime('03:30')).toBe('03:30');
    expect(parseTime('3 am')).toBe('03:00');
    expect(parseTime('halb sieben morgens')).toBe('06:30');
    expect(parseTime('6 Uhr früh')).toBe('06:00');
  });

  it('moves 12-hour readings to the evening with a part of the day', () => {
    expect(parseTime('8 Uhr abends')).toBe('20:00');
    expect(parseTime('halb acht abends')).toBe('19:30');
    expect(parseTime('1 Uhr mittags')).toBe('13:00');
    expect(parseTime('12 Uhr mittags')).toBe('12:00');
    expect(parseTime('14 Uhr nachmittags')).toBe('14:00');
    expect(parseTime('10 in the evening')).toBe('22:00');
  });

  it.each(['24:00', '25 Uhr', '14:60', '14:5', '13 pm', '', 'bald', 'morgen', 'irgendwann um 3 oder 4', '99'])(
    'gives null for %p',
    (input) => {
      expect(parseTime(input)).toBeNull();
    },
  );
});

describe('parseDateTime', () => {
  const both = (input: string, now = TUESDAY, tz = BERLIN) => parseDateTime(input, now, tz);

  it.each([
    ['morgen 14 Uhr', '2026-12-02', '14:00'],
    ['morgen um 14:30', '2026-12-02', '14:30'],
    ['morgen um 14.30', '2026-12-02', '14:30'],
    ['Morgen um 10.11 Uhr', '2026-12-02', '10:11'],
    ['03.12.2026 09:30', '2026-12-03', '09:30'],
    ['am 3.12. um 9', '2026-12-03', '09:00'],
    ['03.12 14 Uhr', '2026-12-03', '14:00'],
    ['2026-12-03T14:00', '2026-12-03', '14:00'],
    ['2026-12-03 09:30', '2026-12-03', '09:30'],
    ['2026-12-03T13:00:00Z', '2026-12-03', '14:00'],
    ['2026-12-03T13:00:00.000+00:00', '2026-12-03', '14:00'],
    ['Donnerstag um halb drei', '2026-12-03', '14:30'],
    ['am Do. um 3', '2026-12-03', '15:00'],
    ['Do 14 Uhr', '2026-12-03', '14:00'],
    ['um 3 am Montag', '2026-12-07', '15:00'],
    ['nächsten Montag gegen viertel nach 10', '2026-12-07', '10:15'],
    ['heute abend um 7', '2026-12-01', '19:00'],
    ['Donnerstag, den 3. Dezember um 9:30 Uhr', '2026-12-03', '09:30'],
    ['tomorrow at 2:30 pm', '2026-12-02', '14:30'],
    ['next Thursday at 10am', '2026-12-03', '10:00'],
    ['December 3rd at noon', '2026-12-03', '12:00'],
    ['so gegen 14 Uhr', null, '14:00'],
    ['So 14 Uhr', null, '14:00'],
    ['So. 14 Uhr', '2026-12-06', '14:00'],
    ['morgen nachmittag', '2026-12-02', null],
    ['ich hätte gern morgen einen Termin, am besten um 9', '2026-12-02', '09:00'],
    ['am 4.12. irgendwann', '2026-12-04', null],
    ['Donnerstag, den 4. Dezember um 9', null, '09:00'],
    ['keine Ahnung', null, null],
  ])('reads %p', (input, date, time) => {
    expect(both(input)).toEqual({ date, time });
  });

  it('does not take stray numbers in a sentence for an hour', () => {
    expect(both('morgen für 2 Personen')).toEqual({ date: '2026-12-02', time: null });
  });

  it('reads an ISO instant in New York local time', () => {
    expect(both('2026-12-03T13:00:00Z', TUESDAY, NEW_YORK)).toEqual({ date: '2026-12-03', time: '08:00' });
  });
});

describe('zonedToUtc', () => {
  it('converts winter and summer times in Berlin', () => {
    expect(zonedToUtc('2026-12-03', '14:00', BERLIN).toISOString()).toBe('2026-12-03T13:00:00.000Z');
    expect(zonedToUtc('2026-07-01', '09:30', BERLIN).toISOString()).toBe('2026-07-01T07:30:00.000Z');
  });

  it('converts New York times, which are behind UTC', () => {
    expect(zonedToUtc('2026-12-03', '14:00', NEW_YORK).toISOString()).toBe('2026-12-03T19:00:00.000Z');
    expect(zonedToUtc('2026-07-01', '23:30', NEW_YORK).toISOString()).toBe('2026-07-02T03:30:00.000Z');
  });

  it('handles the Berlin spring-forward day (2026-03-29): times around the gap, and the gap moved forward', () => {
    expect(zonedToUtc('2026-03-29', '01:59', BERLIN).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(zonedToUtc('2026-03-29', '03:00', BERLIN).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 does not exist: it becomes 03:30 CEST.
    const gap = zonedToUtc('2026-03-29', '02:30', BERLIN);
    expect(gap.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(isoWithOffset(gap, BERLIN)).toBe('2026-03-29T03:30:00+02:00');
    expect(zonedToUtc('2026-03-29', '02:00', BERLIN).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('handles the Berlin fall-back day (2026-10-25): 02:30 happens twice, the earlier (summer) one is taken', () => {
    expect(zonedToUtc('2026-10-25', '02:30', BERLIN).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedToUtc('2026-10-25', '01:59', BERLIN).toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(zonedToUtc('2026-10-25', '03:00', BERLIN).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles the New York DST days (2026-03-08 gap, 2026-11-01 overlap)', () => {
    expect(zonedToUtc('2026-03-08', '02:30', NEW_YORK).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(zonedToUtc('2026-11-01', '01:30', NEW_YORK).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // EDT
  });

  it('round-trips every half hour of both Berlin DST days that exists once', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (time.startsWith('02:')) continue; // the gap / the overlap, covered above
        expect(localParts(zonedToUtc(day, time, BERLIN), BERLIN)).toMatchObject({ date: day, time });
      }
    }
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['03.12.2026', '10:00'],
    ['2026-12-03', '24:00'],
    ['2026-12-03', '10:60'],
    ['2026-12-03', '10 Uhr'],
  ])('throws on %p %p', (date, time) => {
    expect(() => zonedToUtc(date, time, BERLIN)).toThrow(RangeError);
  });
});

describe('localParts', () => {
  it('gives the local date, time and ISO weekday (1 = Monday)', () => {
    expect(localParts('2026-12-03T13:00:00Z', BERLIN)).toEqual({ date: '2026-12-03', time: '14:00', weekday: 4 });
    expect(localParts(new Date('2026-12-06T12:00:00Z'), BERLIN)).toEqual({
      date: '2026-12-06',
      time: '13:00',
      weekday: 7,
    });
    expect(localParts('2026-12-07T00:30:00Z', NEW_YORK)).toEqual({ date: '2026-12-06', time: '19:30', weekday: 7 });
    expect(localParts('2026-12-06T23:00:00Z', BERLIN)).toEqual({ date: '2026-12-07', time: '00:00', weekday: 1 });
  });

  it('throws on an unreadable instant', () => {
    expect(() => localParts('not a date', BERLIN)).toThrow(RangeError);
  });
});

describe('isoWithOffset', () => {
  it('always writes the numeric offset of the branch, never Z', () => {
    expect(isoWithOffset('2026-12-03T13:00:00Z', BERLIN)).toBe('2026-12-03T14:00:00+01:00');
    expect(isoWithOffset('2026-07-01T07:30:00Z', BERLIN)).toBe('2026-07-01T09:30:00+02:00');
    expect(isoWithOffset('2026-12-03T19:00:00Z', NEW_YORK)).toBe('2026-12-03T14:00:00-05:00');
    expect(isoWithOffset(new Date('2026-12-03T12:00:00Z'), 'UTC')).toBe('2026-12-03T12:00:00+00:00');
    expect(isoWithOffset('2026-12-03T12:00:00Z', 'Asia/Kolkata')).toBe('2026-12-03T17:30:00+05:30');
  });

  it('shows the switch on the Berlin fall-back night', () => {
    expect(isoWithOffset('2026-10-25T00:30:00Z', BERLIN)).toBe('2026-10-25T02:30:00+02:00');
    expect(isoWithOffset('2026-10-25T01:30:00Z', BERLIN)).toBe('2026-10-25T02:30:00+01:00');
  });

  it('parses back to the same instant', () => {
    const instant = '2026-03-29T01:15:00.000Z';
    expect(new Date(isoWithOffset(instant, BERLIN)).toISOString()).toBe(instant);
  });
});

describe('addDays', () => {
  it('adds local calendar days across months, years, leap days and DST changes', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-10-25', 0)).toBe('2026-10-25');
  });

  it('throws on an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});
