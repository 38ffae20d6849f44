import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  CircuitBreakerPolicy,
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  handleWhen,
  IBreaker,
  SamplingBreaker,
} from 'cockatiel';
import { Gauge } from 'prom-client';
import { redisConfig, type RedisConfig } from 'src/config';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';
import { closeRedisClient, REDIS_CLIENT, type RedisClient } from 'src/platform/redis/redis.module';
import { isUpstreamFailure } from './tool-errors';
import { ToolRegistry } from './tool-registry.service';

export type CircuitName = 'closed' | 'half_open' | 'open';

export interface CircuitStatus {
  server: string;
  companyId: string;
  state: CircuitName;
  since: string;
}

const NAMES: Record<CircuitState, CircuitName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
};
const GAUGE_VALUE: Record<CircuitName, number> = { closed: 0, half_open: 1, open: 2 };

/** The gauge is process-wide; the service instance that exists now fills it when Prometheus scrapes. */
let exportCircuitStates: ((gauge: Gauge<'server'>) => void) | undefined;

/** Opens when either breaker says so: N failures in a row, or a failure rate over a time window. */
class EitherBreaker implements IBreaker {
  constructor(private readonly breakers: IBreaker[]) {}
  get state(): unknown {
    return this.breakers.map((b) => b.state);
  }
  set state(value: unknown) {
    (value as unknown[]).forEach((s, i) => (this.breakers[i].state = s));
  }
  success(state: CircuitState): void {
    this.breakers.forEach((b) => b.success(state));
  }
  failure(state: CircuitState): boolean {
    return this.breakers.map((b) => b.failure(state)).some(Boolean);
  }
}

/**
 * One cockatiel breaker per server × company, so one company's bad key never opens the circuit for
 * everybody. States are published to a Redis hash (every instance and the dashboard see them) and a reset
 * is broadcast over pub/sub so it closes the breaker on every instance.
 */
@Injectable()
export class CircuitBreakerService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('CircuitBreaker');
  private readonly breakers = new Map<string, { policy: CircuitBreakerPolicy; since: Date }>();
  private subscriber: RedisClient | null = null;
  private readonly hashKey: string;
  private readonly channel: string;

  constructor(
    private readonly registry: ToolRegistry,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(redisConfig.KEY) config: RedisConfig,
  ) {
    this.hashKey = `${config.keyPrefix}:circuits`;
    this.channel = `${config.keyPrefix}:circuits:reset`;
    singleton(
      METRICS.circuitState,
      () =>
        new Gauge({
          name: METRICS.circuitState,
          help: 'Circuit breaker state per server, worst over companies (0 closed, 1 half-open, 2 open)',
          labelNames: ['server'],
          collect() {
            exportCircuitStates?.(this);
          },
        }),
    );
    exportCircuitStates = (gauge) => this.exportGauge(gauge);
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('error', () => undefined);
    // Not awaited: subscribes whenever Redis is (or becomes) reachable.
    this.subscriber
      .connect()
      .then(() => this.subscriber!.subscribe(this.channel, (message) => this.resetLocal(message)))
      .catch((err: Error) => this.logger.warn(`Circuit reset channel unavailable: ${err.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.subscriber);
  }

  policy(server: string, companyId: string): CircuitBreakerPolicy {
    const key = `${server}|${companyId}`;
    let entry = this.breakers.get(key);
    if (!entry) {
      const options = this.registry.server(server).options.breaker;
      const policy = circuitBreaker(handleWhen(isUpstreamFailure), {
        halfOpenAfter: options.halfOpenAfterMs,
        breaker: new EitherBreaker([
          new ConsecutiveBreaker(options.consecutiveFailures),
          new SamplingBreaker({
            threshold: options.failureRate,
            duration: options.windowMs,
            minimumRps: options.minimumCalls / (options.windowMs / 1000),
          }),
        ]),
      });
      const created = { policy, since: new Date() };
      policy.onStateChange((state) => {
        created.since = new Date();
        if (state !== CircuitState.Closed) this.logger.warn(`Circuit ${server} × ${companyId}: ${NAMES[state]}`);
        void this.publish(server, companyId, NAMES[state], created.since);
      });
      entry = created;
      this.breakers.set(key, entry);
    }
    return entry.policy;
  }

  /** Every instance's view, from Redis (falls back to this instance's own breakers). */
  async list(): Promise<CircuitStatus[]> {
    if (this.redis?.isReady) {
      try {
        const all = await this.redis.hGetAll(this.hashKey);
        return Object.entries(all).map(([field, value]) => {
          const [server, companyId] = field.split('|');
          return { server, companyId, ...(JSON.parse(value) as { state: CircuitName; since: string }) };
        });
      } catch {
        /* fall through to the local view */
      }
    }
    return [...this.breakers.entries()].map(([key, { policy, since }]) => {
      const [server, companyId] = key.split('|');
      return { server, companyId, state: NAMES[policy.state], since: since.toISOString() };
    });
  }

  /** Closes the breaker for one server × company on every instance. */
  async reset(server: string, companyId: string): Promise<void> {
    this.registry.server(server);
    const message = `${server}|${companyId}`;
    this.resetLocal(message);
    if (this.redis?.isReady) {
      await this.redis.hDel(this.hashKey, message);
      await this.redis.publish(this.channel, message);
    }
  }

  private resetLocal(message: string): void {
    if (this.breakers.delete(message)) this.logger.log(`Circuit ${message.replace('|', ' × ')} reset`);
  }

  private async publish(server: string, companyId: string, state: CircuitName, since: Date): Promise<void> {
    if (!this.redis?.isReady) return;
    const field = `${server}|${companyId}`;
    try {
      if (state === 'closed') await this.redis.hDel(this.hashKey, field);
      else await this.redis.hSet(this.hashKey, field, JSON.stringify({ state, since: since.toISOString() }));
    } catch {
      /* Redis down: the local view still works, the next change publishes again */
    }
  }

  private exportGauge(gauge: Gauge<'server'>): void {
    gauge.reset();
    const worst = new Map<string, number>(this.registry.listServers().map((s) => [s.name, 0]));
    for (const [key, { policy }] of this.breakers) {
      const server = key.split('|')[0];
      worst.set(server, Math.max(worst.get(server) ?? 0, GAUGE_VALUE[NAMES[policy.state]]));
    }
    for (const [server, value] of worst) gauge.set({ server }, value);
  }
}
