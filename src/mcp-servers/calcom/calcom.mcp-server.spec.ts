import { AppError } from 'src/platform/errors/app-error';
import { affectedDates, datesInRange, slotTag, toUtc } from './calcom.mcp-server';
import { parseBooking, parseSlots } from './calcom.types';

describe('calcom helpers', () => {
  it('tags every date of an availability range', () => {
    expect(datesInRange('2050-02-27', '2050-03-02T10:00:00Z').map((d) => slotTag(7, d))).toEqual([
      'slots:7:2050-02-27',
      'slots:7:2050-02-28',
      'slots:7:2050-03-01',
      'slots:7:2050-03-02',
    ]);
  });

  it('a booking touches its UTC date and the days either side (queries name local dates)', () => {
    expect(affectedDates('2050-09-05T23:30:00-02:00')).toEqual(['2050-09-05', '2050-09-06', '2050-09-07']);
  });

  it('normalises instants to UTC and refuses impossible dates', () => {
    expect(toUtc('2050-09-05T10:00:00+02:00', 'start')).toBe('2050-09-05T08:00:00.000Z');
    expect(() => toUtc('2050-02-30T09:00:00Z', 'start')).toThrow(AppError);
  });

  it('reads the date-keyed slot map into sorted days', () => {
    expect(
      parseSlots({
        '2050-09-06': [{ start: '2050-09-06T09:00:00.000+02:00' }],
        '2050-09-05': [{ start: '2050-09-05T09:00:00.000+02:00' }, { start: '2050-09-05T10:00:00.000+02:00' }],
      }),
    ).toEqual([
      { date: '2050-09-05', starts: ['2050-09-05T09:00:00.000+02:00', '2050-09-05T10:00:00.000+02:00'] },
      { date: '2050-09-06', starts: ['2050-09-06T09:00:00.000+02:00'] },
    ]);
  });

  it('refuses vendor shapes it does not understand', () => {
    expect(() => parseSlots({ '2050-09-05': ['09:00'] })).toThrow(AppError);
    expect(() => parseSlots([])).toThrow(AppError);
    expect(() => parseBooking({ uid: 'x', status: 'weird' })).toThrow(AppError);
  });
});
