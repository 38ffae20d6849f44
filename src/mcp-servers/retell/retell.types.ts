import { z } from 'zod';

/** The parts of Retell's answers Switchboard reads (vendor-wire-formats §1.3, §3); unknown fields pass. */
export const retellAgentSchema = z.looseObject({
  agent_id: z.string().min(1),
  agent_name: z.string().nullish(),
  version: z.number().int().nullish(),
  is_published: z.boolean().nullish(),
  webhook_url: z.string().nullish(),
  last_modification_timestamp: z.number().nullish(),
});

export const retellCallSchema = z.looseObject({
  call_id: z.string().min(1),
  agent_id: z.string().min(1),
  call_type: z.string().nullish(),
  call_status: z.string(),
  direction: z.string().nullish(),
  from_number: z.string().nullish(),
  to_number: z.string().nullish(),
  start_timestamp: z.number().nullish(),
  end_timestamp: z.number().nullish(),
  duration_ms: z.number().nullish(),
  disconnection_reason: z.string().nullish(),
  call_analysis: z.looseObject({ call_summary: z.string().nullish(), user_sentiment: z.string().nullish() }).nullish(),
});

export const retellCallPageSchema = z.looseObject({
  items: z.array(retellCallSchema),
  has_more: z.boolean(),
  pagination_key: z.string().nullish(),
});

export const retellPhoneNumberSchema = z.looseObject({
  phone_number: z.string().min(1),
  inbound_agent_id: z.string().nullish(),
  outbound_agent_id: z.string().nullish(),
  nickname: z.string().nullish(),
});

/** An agent as Switchboard returns it. */
export interface RetellAgent {
  agentId: string;
  name: string | null;
  version: number | null;
  isPublished: boolean | null;
  lastModifiedAt: string | null;
}

/** A call as Switchboard returns it: no transcript or recording links (personal data stays in Retell). */
export interface RetellCall {
  callId: string;
  agentId: string;
  type: string | null;
  status: string;
  direction: string | null;
  fromNumber: string | null;
  toNumber: string | null;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  disconnectionReason: string | null;
  summary: string | null;
  sentiment: string | null;
}

export interface RetellPhoneNumber {
  number: string;
  inboundAgentId: string | null;
  outboundAgentId: string | null;
  nickname: string | null;
}

/** A call object exactly as Retell sends it (webhooks, list-calls): what call records are built from. */
export type RetellCallObject = z.infer<typeof retellCallSchema>;

export interface RetellPage<T> {
  items: T[];
  hasMore: boolean;
  nextPaginationKey: string | null;
}

export type RetellCallPage = RetellPage<RetellCall>;

const iso = (ms: number | null | undefined): string | null =>
  typeof ms === 'number' ? new Date(ms).toISOString() : null;

export function toAgent(raw: z.infer<typeof retellAgentSchema>): RetellAgent {
  return {
    agentId: raw.agent_id,
    name: raw.agent_name ?? null,
    version: raw.version ?? null,
    isPublished: raw.is_published ?? null,
    lastModifiedAt: iso(raw.last_modification_timestamp),
  };
}

export function toCall(raw: z.infer<typeof retellCallSchema>): RetellCall {
  return {
    callId: raw.call_id,
    agentId: raw.agent_id,
    type: raw.call_type ?? null,
    status: raw.call_status,
    direction: raw.direction ?? null,
    fromNumber: raw.from_number ?? null,
    toNumber: raw.to_number ?? null,
    startedAt: iso(raw.start_timestamp),
    endedAt: iso(raw.end_timestamp),
    durationMs: raw.duration_ms ?? null,
    disconnectionReason: raw.disconnection_reason ?? null,
    summary: raw.call_analysis?.call_summary ?? null,
    sentiment: raw.call_analysis?.user_sentiment ?? null,
  };
}

export function toPhoneNumber(raw: z.infer<typeof retellPhoneNumberSchema>): RetellPhoneNumber {
  return {
    number: raw.phone_number,
    inboundAgentId: raw.inbound_agent_id ?? null,
    outboundAgentId: raw.outbound_agent_id ?? null,
    nickname: raw.nickname ?? null,
  };
}
