import { LocalBuckets } from './token-bucket';

describe('LocalBuckets', () => {
  it('allows the capacity at once, then one token per refill interval', () => {
    const buckets = new LocalBuckets();
    const spec = { capacity: 3, perMinute: 60 };
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take('k', spec, t0).ok)).toEqual([true, true, true]);
    const denied = buckets.take('k', spec, t0);
    expect(denied).toEqual({ ok: false, retryAfterMs: 1000 });
    expect(buckets.take('k', spec, t0 + 999).ok).toBe(false);
    expect(buckets.take('k', spec, t0 + 2000).ok).toBe(true);
    expect(buckets.take('other', spec, t0).ok).toBe(true);
  });
});
