import { CacheModule as NestCacheModule } from '@nestjs/cache-manager';
import { Global, Module } from '@nestjs/common';
import { createKeyv } from '@keyv/redis';
import { redisConfig, type RedisConfig } from 'src/config';
import { REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import { CacheService } from './cache.service';

@Global()
@Module({
  imports: [
    NestCacheModule.registerAsync({
      inject: [REDIS_CLIENT, redisConfig.KEY],
      useFactory: (client: RedisClient | null, config: RedisConfig) => ({
        // Without Redis (embedded mode) cache-manager keeps entries in memory.
        stores: client
          ? [
              createKeyv(client, {
                namespace: `${config.keyPrefix}:cache`,
                throwOnErrors: true,
                throwOnConnectError: false,
              }),
            ]
          : undefined,
        ttl: 60_000,
      }),
    }),
  ],
  providers: [CacheService],
  exports: [CacheService],
})
export class CacheModule {}
