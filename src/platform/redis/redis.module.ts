import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { createClient, type RedisClientType } from '@keyv/redis';
import { redisConfig, type RedisConfig } from 'src/config';
import { withTimeout } from 'src/platform/async';

/** The shared node-redis client (cache, health, later rate limits and pub/sub); null in embedded mode. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export type RedisClient = RedisClientType;

const logger = new Logger('Redis');

/**
 * Closes a client without hanging: QUIT needs a live connection, so a client that is still (re)connecting
 * is destroyed instead, and a QUIT that does not answer within a second is abandoned the same way.
 */
export async function closeRedisClient(client: RedisClient | null): Promise<void> {
  if (!client?.isOpen) return;
  if (!client.isReady) return client.destroy();
  await withTimeout(client.quit(), 1000).catch(() => client.isOpen && client.destroy());
}

export function createRedisClient(url: string): RedisClient {
  const client = createClient({
    url,
    // Fail commands at once while disconnected (callers bypass the cache) instead of queueing them.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000) },
  }) as RedisClient;
  let lastLogged = 0;
  client.on('error', (err: Error) => {
    // node-redis emits on every failed reconnect; one line every 10 s is enough.
    if (Date.now() - lastLogged > 10_000) {
      lastLogged = Date.now();
      logger.warn(`Redis unavailable: ${err.message}`);
    }
  });
  client.on('ready', () => logger.log('Redis connected'));
  // Not awaited: the app starts (degraded) while Redis is down and connects when it returns.
  client.connect().catch(() => undefined);
  return client;
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [redisConfig.KEY],
      useFactory: (config: RedisConfig) => (config.url ? createRedisClient(config.url) : null),
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: RedisClient | null) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.client);
  }
}
