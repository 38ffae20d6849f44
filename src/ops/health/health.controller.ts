import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from 'src/auth/decorators';
import { appConfig, type AppConfig } from 'src/config';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { withTimeout } from 'src/platform/async';
import { QueueService } from 'src/platform/queue/queue.service';
import { REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import { LifecycleService } from './lifecycle.service';

const CHECK_TIMEOUT_MS = 1500;
const INTEGRATION_TIMEOUT_MS = 2000;

/**
 * Kubernetes probes. Liveness checks nothing outside the process. Readiness fails (503) only when
 * PostgreSQL is unreachable or the instance is shutting down; Redis and the queue being down make it
 * `degraded` but still 200, since the app keeps working without them (DESIGN §5).
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');
  private readonly startedAt = Date.now();

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly lifecycle: LifecycleService,
    private readonly queue: QueueService,
    private readonly registry: ToolRegistry,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get('live')
  live() {
    return {
      status: 'ok',
      version: this.config.version,
      role: this.config.role,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
    };
  }

  @Get('ready')
  @HealthCheck()
  ready(@Res({ passthrough: true }) res: Response) {
    return this.report(res, () => this.runReadinessChecks());
  }

  /**
   * Diagnostic, never part of readiness: each MCP server's own health check (a vendor's API may be down
   * while the app serves fine). 503 when one is down.
   */
  @Get('integrations')
  @HealthCheck()
  integrations(@Res({ passthrough: true }) res: Response) {
    const servers = this.registry.listServers().filter((s) => s.health);
    return this.report(res, () =>
      this.health.check(servers.map((server) => () => this.integration(server.name, server.health!))),
    );
  }

  /** Terminus reports failure as an exception carrying its JSON; probes and operators want that body as is. */
  private async report<T>(res: Response, run: () => Promise<T>) {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      res.status(503);
      return err.getResponse();
    }
  }

  private async integration(name: string, check: () => Promise<{ ok: boolean; detail?: string }>) {
    const indicator = this.indicators.check(name);
    const started = performance.now();
    try {
      const result = await withTimeout(check(), INTEGRATION_TIMEOUT_MS);
      const info = {
        latencyMs: Math.round(performance.now() - started),
        ...(result.detail && { detail: result.detail }),
      };
      return result.ok ? indicator.up(info) : indicator.down(info);
    } catch (err) {
      // Public endpoint: the reason (hosts, users) goes to the log, not to whoever asks.
      this.logger.debug(`Integration ${name} health check failed: ${(err as Error).message}`);
      return indicator.down({ latencyMs: Math.round(performance.now() - started), detail: 'health check failed' });
    }
  }

  private runReadinessChecks() {
    return this.health.check([
      () => {
        const check = this.indicators.check('shutdown');
        return this.lifecycle.isShuttingDown ? check.down('shutting down') : check.up();
      },
      () => this.db.pingCheck('database', { timeout: CHECK_TIMEOUT_MS }),
      () => this.optional('redis', this.redis ? () => this.redis!.ping() : null),
      () => this.optional('queue', this.queue.embedded ? null : () => this.queue.ping()),
    ]);
  }

  /** A dependency the app can run without: `degraded` (still 200) when it fails, `up` with mode embedded when absent. */
  private async optional(key: string, ping: (() => Promise<unknown>) | null) {
    const check = this.indicators.check(key);
    if (!ping) return check.up({ mode: 'embedded' });
    try {
      await withTimeout(ping(), CHECK_TIMEOUT_MS);
      return check.up();
    } catch (err) {
      this.logger.debug(`${key} check failed: ${(err as Error).message}`);
      return check.degraded({ message: 'unreachable or too slow' });
    }
  }
}
