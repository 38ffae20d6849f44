import type { Call, CallStatus } from './call.entity';

/** How far a call has got: a later state is never overwritten by an earlier one arriving late. */
const RANK: Record<CallStatus, number> = { registered: 0, ongoing: 1, ended: 2, not_connected: 2, error: 2 };

/** The columns a Retell call object fills (vendor-wire-formats §1.3); undefined = not in this payload. */
export type CallFields = Partial<
  Pick<
    Call,
    | 'agentId'
    | 'direction'
    | 'fromNumber'
    | 'toNumber'
    | 'status'
    | 'startedAt'
    | 'endedAt'
    | 'durationSeconds'
    | 'disconnectionReason'
    | 'transcript'
    | 'transcriptObject'
    | 'recordingUrl'
    | 'costCents'
    | 'dynamicVariables'
    | 'summary'
    | 'sentiment'
    | 'successful'
    | 'analysis'
  >
>;

/** The minimum status an event implies when the call object says less (e.g. a sparse `call_started`). */
const EVENT_STATUS: Record<string, CallStatus> = {
  call_started: 'ongoing',
  call_ended: 'ended',
  call_analyzed: 'ended',
};

/** Maps Retell's call object to call columns, defensively: a field of the wrong type is treated as absent. */
export function callFieldsOf(call: Record<string, unknown>, event?: string): CallFields {
  const analysis = record(call.call_analysis);
  const cost = record(call.call_cost);
  const start = num(call.start_timestamp);
  const end = num(call.end_timestamp);
  const durationMs = num(call.duration_ms) ?? (start !== undefined && end !== undefined ? end - start : undefined);
  const variables = { ...strings(call.retell_llm_dynamic_variables), ...strings(call.collected_dynamic_variables) };
  let status = statusOf(call.call_status);
  const implied = event ? EVENT_STATUS[event] : undefined;
  if (implied && (!status || RANK[status] < RANK[implied])) status = implied;
  return {
    agentId: text(call.agent_id, 128),
    direction: call.call_type === 'web_call' ? 'web' : oneOf(call.direction, ['inbound', 'outbound'] as const),
    fromNumber: e164(call.from_number),
    toNumber: e164(call.to_number),
    status,
    startedAt: start !== undefined ? new Date(start) : undefined,
    endedAt: end !== undefined ? new Date(end) : undefined,
    durationSeconds: durationMs !== undefined ? Math.max(0, Math.round(durationMs / 1000)) : undefined,
    disconnectionReason: text(call.disconnection_reason, 64),
    transcript: text(call.transcript),
    transcriptObject: Array.isArray(call.transcript_object) ? call.transcript_object : undefined,
    recordingUrl: text(call.recording_url),
    costCents: num(cost?.combined_cost) !== undefined ? Math.round(num(cost?.combined_cost)!) : undefined,
    dynamicVariables: Object.keys(variables).length ? variables : undefined,
    summary: text(analysis?.call_summary),
    sentiment: text(analysis?.user_sentiment, 32),
    successful: typeof analysis?.call_successful === 'boolean' ? analysis.call_successful : undefined,
    analysis: analysis ?? undefined,
  };
}

/**
 * Merges one event's fields into the stored call so that any order of events gives the same row: an event
 * at least as far along as the stored call overwrites what it carries; an older one (a late
 * `transcript_updated`) only fills gaps.
 */
export function mergeCall(stored: Call, incoming: CallFields): void {
  const newer = !incoming.status || RANK[incoming.status] >= RANK[stored.status];
  for (const [key, value] of Object.entries(incoming) as [keyof CallFields, unknown][]) {
    if (value === undefined || key === 'status') continue;
    if (newer || stored[key] === null || stored[key] === undefined)
      (stored as unknown as Record<string, unknown>)[key] = value;
  }
  if (incoming.status && RANK[incoming.status] >= RANK[stored.status]) stored.status = incoming.status;
}

/** Is the call over, with talk time to bill? */
export function isBillable(call: Call): boolean {
  return RANK[call.status] === 2 && (call.durationSeconds ?? 0) > 0;
}

/** The caller's name when the agent collected or was given one. */
export function callerNameOf(variables: Record<string, string> | null | undefined): string | undefined {
  const name = variables?.customer_name ?? variables?.caller_name ?? variables?.name;
  return name?.trim() ? name.trim().slice(0, 200) : undefined;
}

function statusOf(value: unknown): CallStatus | undefined {
  return oneOf(value, ['registered', 'ongoing', 'ended', 'not_connected', 'error'] as const);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function text(value: unknown, max?: number): string | undefined {
  return typeof value === 'string' && value.length > 0 ? (max ? value.slice(0, max) : value) : undefined;
}

function e164(value: unknown): string | undefined {
  return typeof value === 'string' && /^\+[1-9]\d{1,14}$/.test(value) ? value : undefined;
}

/** Dynamic variables are strings (Retell's contract); other values are stringified, nested ones dropped. */
function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value) ?? {})) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}
