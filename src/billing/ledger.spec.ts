import { billedSeconds, chargeCents } from './ledger.service';

describe('call charges', () => {
  it('rounds talk time up to the billing increment', () => {
    expect(billedSeconds(95, 60)).toBe(120);
    expect(billedSeconds(60, 60)).toBe(60);
    expect(billedSeconds(1, 60)).toBe(60);
    expect(billedSeconds(61, 30)).toBe(90);
    expect(billedSeconds(7, 1)).toBe(7);
    expect(billedSeconds(0, 60)).toBe(0);
    expect(billedSeconds(10, 0)).toBe(10); // a bad increment never divides by zero
  });

  it('prices billed seconds per minute, rounding up to whole cents', () => {
    expect(chargeCents(120, 42)).toBe(84);
    expect(chargeCents(90, 42)).toBe(63);
    expect(chargeCents(7, 42)).toBe(5); // 4.9 ct
    expect(chargeCents(0, 42)).toBe(0);
  });
});
