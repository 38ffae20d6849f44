import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { stableStringify } from 'src/orchestrator/tool-cache.service';
import { directoryNumberTag } from './directory-cache';
import { ResolvePhoneNumberInput } from './dto/directory.dto';

const read = (plain: object) => {
  const input = plainToInstance(ResolvePhoneNumberInput, plain);
  return { input, errors: validateSync(input) };
};

describe('resolve_phone_number input', () => {
  it('reads every format to the same E.164 params, so they share one cache key', () => {
    const keys = [
      { number: '+49 30 1234567' },
      { number: '030 1234567', companyCountry: 'DE' },
      { number: '030 1234567' },
      { number: '0049301234567' },
    ].map((p) => stableStringify(read(p).input));
    expect(new Set(keys)).toEqual(new Set([stableStringify({ number: '+49301234567' })]));
    expect(directoryNumberTag('+49301234567')).toBe('directory:number:+49301234567');
  });

  it('keeps the country when the number does not parse in it, and rejects a malformed country', () => {
    expect(read({ number: '030 1234567', companyCountry: 'AT' }).input).toMatchObject({
      number: '030 1234567',
      companyCountry: 'AT',
    });
    expect(read({ number: '030 1234567', companyCountry: 'de' }).errors).toHaveLength(1);
  });
});
