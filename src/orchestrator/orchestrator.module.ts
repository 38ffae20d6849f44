import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CircuitBreakerService } from './circuit-breaker.service';
import { BulkheadInterceptor } from './interceptors/bulkhead.interceptor';
import { CacheInterceptor } from './interceptors/cache.interceptor';
import { CircuitBreakerInterceptor } from './interceptors/circuit-breaker.interceptor';
import { MetricsInterceptor } from './interceptors/metrics.interceptor';
import { RateLimitInterceptor } from './interceptors/rate-limit.interceptor';
import { RetryInterceptor } from './interceptors/retry.interceptor';
import { TenantQuotaInterceptor } from './interceptors/tenant-quota.interceptor';
import { TimeoutInterceptor } from './interceptors/timeout.interceptor';
import { McpOrchestrator } from './orchestrator.service';
import { ToolStatsQueryService } from './stats/tool-stats-query.service';
import { ToolStatsService } from './stats/tool-stats.service';
import { SystemMcpServer } from './system/system.mcp-server';
import { ToolCacheService } from './tool-cache.service';
import { ToolRegistry } from './tool-registry.service';

/** The orchestrator and its chain. Server modules only declare @McpServer providers; the registry finds them. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [
    ToolRegistry,
    McpOrchestrator,
    CircuitBreakerService,
    ToolCacheService,
    ToolStatsService,
    ToolStatsQueryService,
    MetricsInterceptor,
    TenantQuotaInterceptor,
    CacheInterceptor,
    CircuitBreakerInterceptor,
    RetryInterceptor,
    RateLimitInterceptor,
    TimeoutInterceptor,
    BulkheadInterceptor,
    SystemMcpServer,
  ],
  exports: [
    McpOrchestrator,
    ToolRegistry,
    ToolCacheService,
    CircuitBreakerService,
    ToolStatsService,
    ToolStatsQueryService,
  ],
})
export class OrchestratorModule {}
