import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Any way a person or a vendor writes a number (`+49 30 1234567`, `030 1234567` with the company's country,
 * `0049301234567`) → E.164, or null when it is not a valid number.
 */
export function toE164(input: string, defaultCountry?: string): string | null {
  const cleaned = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry as CountryCode | undefined);
  return parsed?.isValid() ? parsed.number : null;
}
