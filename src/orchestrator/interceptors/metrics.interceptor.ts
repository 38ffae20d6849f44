import { Injectable } from '@nestjs/common';
import { Counter, Histogram } from 'prom-client';
import { METRICS, singleton } from 'src/platform/metrics/metric-names';
import { ToolStatsService } from '../stats/tool-stats.service';
import { ToolCall, ToolInterceptor } from '../tool-call';
import { AppError } from 'src/platform/errors/app-error';
import { degradedCode, outcomeOf, toToolError, ToolOutcome } from '../tool-errors';

const calls = singleton(
  METRICS.toolCalls,
  () =>
    new Counter({
      name: METRICS.toolCalls,
      help: 'Tool calls by server, tool and outcome',
      labelNames: ['server', 'tool', 'outcome'],
    }),
);
const duration = singleton(
  METRICS.toolCallDuration,
  () =>
    new Histogram({
      name: METRICS.toolCallDuration,
      help: 'Tool call duration in seconds, including cache, retries and waits',
      labelNames: ['server', 'tool'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
);

/** Outermost: every call is counted once with its outcome and duration, in Prometheus and the rollups. */
@Injectable()
export class MetricsInterceptor implements ToolInterceptor {
  constructor(private readonly stats: ToolStatsService) {}

  async intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown> {
    const started = performance.now();
    let outcome: ToolOutcome = 'ok';
    let errorCode: string | null = null;
    try {
      const result = await next();
      const degraded = degradedCode(result);
      if (degraded) {
        outcome = outcomeOf(new AppError(degraded, degraded));
        errorCode = degraded;
      } else if (call.meta.cache === 'hit') outcome = 'cache_hit';
      return result;
    } catch (err) {
      outcome = outcomeOf(err);
      errorCode = toToolError(err).code;
      throw err;
    } finally {
      const ms = performance.now() - started;
      const { server, name: tool } = call.definition;
      calls.inc({ server, tool, outcome });
      duration.observe({ server, tool }, ms / 1000);
      this.stats.record({
        server,
        tool,
        companyId: call.context.companyId,
        outcome,
        latencyMs: ms,
        errorCode,
        callId: call.context.callId,
      });
    }
  }
}
