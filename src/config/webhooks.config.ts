import { registerAs } from '@nestjs/config';
import { IsOptional, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

const POSITIVE = { message: 'must be a positive integer' };

export class WebhooksEnv {
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) WEBHOOK_MAX_ATTEMPTS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) WEBHOOK_RETRY_BACKOFF_MS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) WEBHOOK_SWEEP_INTERVAL_MS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) WEBHOOK_SWEEP_AFTER_MS?: string;
}

export function loadWebhooksConfig(env: Env) {
  const v = validateEnv(WebhooksEnv, env, 'webhooks');
  return {
    /** Processing attempts of one event before it is `dead` (an operator replays it). */
    maxAttempts: Number(v.WEBHOOK_MAX_ATTEMPTS ?? 5),
    /** First retry delay; doubles with every attempt. */
    retryBackoffMs: Number(v.WEBHOOK_RETRY_BACKOFF_MS ?? 2000),
    /** How often the sweeper looks for stored events that were never processed. */
    sweepIntervalMs: Number(v.WEBHOOK_SWEEP_INTERVAL_MS ?? 30_000),
    /** How long an event may wait unprocessed (or stay `processing`) before the sweeper enqueues it again. */
    sweepAfterMs: Number(v.WEBHOOK_SWEEP_AFTER_MS ?? 60_000),
  };
}

export const webhooksConfig = registerAs('webhooks', () => loadWebhooksConfig(process.env));
export type WebhooksConfig = ReturnType<typeof loadWebhooksConfig>;
