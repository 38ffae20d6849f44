import { register } from 'prom-client';

/**
 * Every metric Switchboard exports, in one place (CONVENTIONS). Labels are bounded: never a company id,
 * phone number or call id.
 */
export const METRICS = {
  httpRequestDuration: 'switchboard_http_request_duration_seconds',
  toolCalls: 'switchboard_tool_calls_total',
  toolCallDuration: 'switchboard_tool_call_duration_seconds',
  circuitState: 'switchboard_circuit_state',
  cacheRequests: 'switchboard_cache_requests_total',
  queueJobs: 'switchboard_queue_jobs',
  webhookSignatureFailures: 'switchboard_webhook_signature_failures_total',
  webhookEvents: 'switchboard_webhook_events_total',
  alertsFiring: 'switchboard_alerts_firing',
  dbPoolConnections: 'switchboard_db_pool_connections',
} as const;

/** Creates a metric once per process (several app instances in one test process share the registry). */
export function singleton<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}
