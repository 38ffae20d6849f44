import { describeBusinessHours } from './business-hours';

describe('describeBusinessHours', () => {
  const week = {
    mon: [['08:00', '18:00']],
    tue: [['08:00', '18:00']],
    wed: [['08:00', '18:00']],
    thu: [
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ],
    fri: [['08:00', '18:00']],
    sat: [['09:30', '13:00']],
  } as const satisfies Record<string, [string, string][]>;

  it('reads consecutive equal days together, in German', () => {
    expect(describeBusinessHours(week as never, 'de')).toBe(
      'Montag bis Mittwoch 8:00 bis 18:00 Uhr, Donnerstag 8:00 bis 12:00 Uhr und 13:00 bis 18:00 Uhr, ' +
        'Freitag 8:00 bis 18:00 Uhr, Samstag 9:30 bis 13:00 Uhr, Sonntag geschlossen.',
    );
  });

  it('speaks English and pairs two equal days with "and"', () => {
    expect(describeBusinessHours({ sat: [['10:00', '14:00']], sun: [['10:00', '14:00']] }, 'en')).toBe(
      'Monday to Friday closed, Saturday and Sunday 10:00 to 14:00.',
    );
  });

  it('says when no hours are on file', () => {
    expect(describeBusinessHours({}, 'de')).toBe('Keine Öffnungszeiten hinterlegt.');
    expect(describeBusinessHours({ mon: [] }, 'en')).toBe('No opening hours on file.');
  });
});
