import { createCache } from 'cache-manager';
import { createKeyv } from '@keyv/redis';
import { createRedisClient, RedisClient } from 'src/platform/redis/redis.module';
import { CacheService } from 'src/platform/cache/cache.service';
import { TcpProxy } from 'test/support/tcp-proxy';
import { redisPrefix, runId, TEST_REDIS_URL } from 'test/support/test-env';

describe('CacheService on Redis', () => {
  let proxy: TcpProxy;
  let client: RedisClient;
  let cache: CacheService;
  const namespace = `${redisPrefix(runId())}:cache-spec`;

  beforeAll(async () => {
    proxy = await TcpProxy.start(Number(new URL(TEST_REDIS_URL).port || 6379));
    client = createRedisClient(proxy.wrap(TEST_REDIS_URL));
    await new Promise((resolve) => client.once('ready', resolve));
    cache = new CacheService(
      createCache({ stores: [createKeyv(client, { namespace, throwOnErrors: true, throwOnConnectError: false })] }),
    );
  });
  afterAll(async () => {
    await client.quit().catch(() => undefined);
    await proxy.close();
  });

  it('stores entries in Redis under the namespace, with their TTL', async () => {
    await cache.set('k1', { slots: [1, 2] }, 60_000);
    expect(await cache.get('k1')).toEqual({ slots: [1, 2] });
    const keys = await client.keys(`${namespace}*`);
    expect(keys).toEqual([`${namespace}::k1`]);
    expect(await client.pTTL(keys[0])).toBeGreaterThan(50_000);
    await cache.del('k1');
    expect(await cache.get('k1')).toBeUndefined();
  });

  it('is bypassed, fast and without errors, while Redis is unreachable, and works again after', async () => {
    await cache.set('k2', 'v', 60_000);
    proxy.cut();
    const started = Date.now();
    expect(await cache.get('k2')).toBeUndefined();
    await expect(cache.set('k3', 'v', 60_000)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
    proxy.restore();
    await new Promise((resolve) => client.once('ready', resolve));
    expect(await cache.get('k2')).toBe('v');
  });
});
