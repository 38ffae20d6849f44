import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AdminApiModule } from 'src/admin-api/admin-api.module';
import { AuthHttpModule, AuthModule } from 'src/auth/auth.module';
import { BillingModule } from 'src/billing/billing.module';
import { BookingModule } from 'src/booking/booking.module';
import { CallsHttpModule, CallsModule } from 'src/calls/calls.module';
import { WebhookHttpModule } from 'src/mcp-servers/webhook/webhook.module';
import { VoiceToolsHttpModule, VoiceToolsModule } from 'src/voice-tools/voice-tools.module';
import { configNamespaces } from 'src/config';
import { ENTITIES } from 'src/entities';
import { DataProtectionModule } from 'src/ops/data-protection/data-protection.module';
import { AlertsModule } from 'src/ops/alerts/alerts.module';
import { HealthModule } from 'src/ops/health/health.module';
import { MetricsModule } from 'src/ops/metrics/metrics.module';
import { QueryAdvisorModule } from 'src/ops/query-advisor/query-advisor.module';
import { WarmerModule } from 'src/ops/warmer/warmer.module';
import { AuditModule } from 'src/platform/audit/audit.module';
import { McpServersModule } from 'src/mcp-servers/mcp-servers.module';
import { McpProtocolModule } from 'src/mcp-protocol/mcp-protocol.module';
import { OrchestratorModule } from 'src/orchestrator/orchestrator.module';
import { CacheModule } from 'src/platform/cache/cache.module';
import { CredentialsModule } from 'src/platform/credentials/credentials.module';
import { CryptoModule } from 'src/platform/crypto/crypto.module';
import { DatabaseModule } from 'src/platform/database/database.module';
import { HttpModule } from 'src/platform/http/http.module';
import { LoggingModule } from 'src/platform/logging/logging.module';
import { QueueModule } from 'src/platform/queue/queue.module';
import { RateLimitModule } from 'src/platform/rate-limit/rate-limit.module';
import { RedisModule } from 'src/platform/redis/redis.module';
import { SchedulingModule } from 'src/platform/scheduling/scheduling.module';

export interface AppModuleOptions {
  /** APP_ROLE=worker: no API routes, only /health/* and /metrics (and the queue processors). */
  serveApi: boolean;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    const platform = [
      ConfigModule.forRoot({ isGlobal: true, load: configNamespaces, cache: true }),
      LoggingModule,
      DatabaseModule.forRoot(ENTITIES),
      RedisModule,
      CacheModule,
      QueueModule,
      SchedulingModule,
      CryptoModule,
      HttpModule,
      AuditModule,
      RateLimitModule,
      CredentialsModule,
      HealthModule,
      MetricsModule,
    ];
    // AuthModule also installs the global guards, so health and metrics stay public in every role.
    const api = options.serveApi
      ? [AuthHttpModule, AdminApiModule, WebhookHttpModule, CallsHttpModule, VoiceToolsHttpModule, McpProtocolModule]
      : [];
    return {
      module: AppModule,
      imports: [
        ...platform,
        AuthModule,
        OrchestratorModule,
        McpServersModule,
        CallsModule,
        BillingModule,
        BookingModule,
        VoiceToolsModule,
        DataProtectionModule,
        AlertsModule,
        WarmerModule,
        QueryAdvisorModule,
        ...api,
      ],
    };
  }
}
