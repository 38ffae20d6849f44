/** A token bucket: `capacity` tokens, refilled continuously at `perMinute` per minute. */
export interface BucketSpec {
  capacity: number;
  perMinute: number;
}

export interface TakeResult {
  ok: boolean;
  /** When not ok: how long until a token is available. */
  retryAfterMs: number;
}

/** In-process bucket: the fallback while Redis is down (then each instance limits on its own). */
export class LocalBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  take(key: string, spec: BucketSpec, now = Date.now()): TakeResult {
    const ratePerMs = spec.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: spec.capacity, at: now };
    bucket.tokens = Math.min(spec.capacity, bucket.tokens + (now - bucket.at) * ratePerMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, retryAfterMs: 0 };
    }
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / ratePerMs) };
  }
}

/**
 * The same bucket in Redis, atomic across instances. KEYS[1] bucket; ARGV capacity, rate per ms, now (ms).
 * Returns {1, 0} when a token was taken, {0, ms until the next token} otherwise. The key expires once full.
 */
export const TAKE_TOKEN_LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
if now > at then tokens = math.min(capacity, tokens + (now - at) * rate) end
local ok = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
return {ok, wait}
`;
