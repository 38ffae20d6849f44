import { CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** Parsing with full metadata costs ~0.1 ms; every webhook and tool call normalises the same few numbers. */
const MEMO_SIZE = 10_000;
const memo = new Map<string, string | null>();

/**
 * Any way a person or a vendor writes a number (`+49 30 1234567`, `030 1234567` with the company's country,
 * `0049301234567`) → E.164, or null when it is not a valid number.
 */
export function toE164(input: string, defaultCountry?: string): string | null {
  const key = `${defaultCountry ?? ''}|${input}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const cleaned = input.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, defaultCountry as CountryCode | undefined);
  const result = parsed?.isValid() ? parsed.number : null;
  // A bounded memo: when full, it starts over (cheaper than LRU bookkeeping on every hit).
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, result);
  return result;
}
