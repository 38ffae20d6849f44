import { registerAs } from '@nestjs/config';
import { IsEmail, IsOptional, IsString, Matches } from 'class-validator';
import { Env, validateEnv } from './env';

const POSITIVE = { message: 'must be a positive integer' };
const RATIO = { message: 'must be a number between 0 and 1' };

export class AlertsEnv {
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_EVALUATION_INTERVAL_MS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_COOLDOWN_MS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_WINDOW_MINUTES?: string;
  @IsOptional() @Matches(/^(0(\.\d+)?|1(\.0+)?)$/, RATIO) ALERT_ERROR_RATE_THRESHOLD?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_MIN_CALLS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_CIRCUIT_OPEN_MINUTES?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_QUEUE_BACKLOG?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_QUEUE_OLDEST_AGE_SECONDS?: string;
  @IsOptional() @Matches(/^[1-9]\d*$/, POSITIVE) ALERT_SIGNATURE_FAILURES?: string;
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' }) SMTP_URL?: string;
  @IsOptional() @IsString() SMTP_HOST?: string;
  @IsOptional() @Matches(/^[1-9]\d{0,4}$/, { message: 'must be a port number' }) SMTP_PORT?: string;
  @IsOptional() @IsString() SMTP_USER?: string;
  @IsOptional() @IsString() SMTP_PASS?: string;
  @IsOptional() @IsEmail() ALERT_EMAIL_FROM?: string;
}

export function loadAlertsConfig(env: Env) {
  const v = validateEnv(AlertsEnv, env, 'alerts');
  const port = Number(v.SMTP_PORT ?? 587);
  return {
    /** How often the rules are evaluated (once per cluster, on worker instances). */
    evaluationIntervalMs: Number(v.ALERT_EVALUATION_INTERVAL_MS ?? 60_000),
    /** After an alert resolves, the same rule × scope does not fire again for this long. */
    cooldownMs: Number(v.ALERT_COOLDOWN_MS ?? 15 * 60_000),
    /** The window (minutes, including the current one) over which error rate, latency and signature failures count. */
    windowMinutes: Number(v.ALERT_WINDOW_MINUTES ?? 5),
    /** Error rate per server (0..1) above which `error_rate` fires. */
    errorRateThreshold: Number(v.ALERT_ERROR_RATE_THRESHOLD ?? 0.2),
    /** Calls a server (or voice tool) needs in the window before its error rate or p95 is judged. */
    minCalls: Number(v.ALERT_MIN_CALLS ?? 20),
    /** A circuit open longer than this fires `circuit_open`. */
    circuitOpenMinutes: Number(v.ALERT_CIRCUIT_OPEN_MINUTES ?? 5),
    /** Waiting jobs in one queue above which `queue_backlog` fires. */
    queueBacklog: Number(v.ALERT_QUEUE_BACKLOG ?? 1000),
    /** Age of the oldest waiting job above which `queue_backlog` fires. */
    queueOldestAgeSeconds: Number(v.ALERT_QUEUE_OLDEST_AGE_SECONDS ?? 300),
    /** Rejected webhook signatures of one provider in the window at or above which `signature_failures` fires. */
    signatureFailures: Number(v.ALERT_SIGNATURE_FAILURES ?? 10),
    /** SMTP for e-mail notifications: SMTP_URL, or host/port/user/pass; none of them means no e-mail. */
    smtp:
      v.SMTP_URL || v.SMTP_HOST
        ? {
            url: v.SMTP_URL ?? null,
            host: v.SMTP_HOST ?? null,
            port,
            user: v.SMTP_USER ?? null,
            pass: v.SMTP_PASS ?? null,
          }
        : null,
    emailFrom: v.ALERT_EMAIL_FROM ?? 'switchboard-alerts@localhost',
  };
}

export const alertsConfig = registerAs('alerts', () => loadAlertsConfig(process.env));
export type AlertsConfig = ReturnType<typeof loadAlertsConfig>;
