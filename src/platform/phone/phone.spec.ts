import { toE164 } from './phone';

describe('toE164', () => {
  it.each([
    ['+49 30 1234567', 'DE'],
    ['030 1234567', 'DE'],
    ['0049301234567', 'DE'],
    ['+49 (30) 123-4567', undefined],
  ])('normalises %s', (input, country) => expect(toE164(input, country)).toBe('+49301234567'));

  it('uses the company country for national numbers', () => {
    expect(toE164('01 234 56 78', 'AT')).toBe('+4312345678');
    expect(toE164('044 668 18 00', 'CH')).toBe('+41446681800');
  });

  it.each(['', 'abc', '12', '+49 30', "030'; DROP TABLE phone_numbers;--"])('refuses %j', (input) =>
    expect(toE164(input, 'DE')).toBeNull(),
  );
});
