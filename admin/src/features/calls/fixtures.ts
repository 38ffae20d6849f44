import type { CallDetail, CallSummary } from './callFormat';

export const CALL_ID = '11111111-1111-4111-8111-111111111111';

export function callSummary(overrides: Partial<CallSummary> = {}): CallSummary {
  return {
    id: CALL_ID,
    retellCallId: 'call_abc',
    branch: { id: 'b1', name: 'Mitte' },
    customer: { id: 'cu1', name: 'Anna Schmidt', phone: '+4915112345678' },
    direction: 'inbound',
    fromNumber: '+4915112345678',
    toNumber: '+493012345678',
    status: 'ended',
    startedAt: '2026-11-20T09:00:00Z',
    endedAt: '2026-11-20T09:01:35Z',
    durationSeconds: 95,
    disconnectionReason: 'user_hangup',
    costCents: 13,
    sentiment: 'Positive',
    successful: true,
    summary: 'Anna booked a cleaning.',
    hasAppointment: true,
    ...overrides,
  };
}

export function callDetail(overrides: Partial<CallDetail> = {}): CallDetail {
  return {
    ...callSummary(),
    transcript: 'Agent: Praxis Mitte, guten Tag.\nUser: Ich möchte einen Termin.',
    transcriptObject: null,
    recordingUrl: null,
    dynamicVariables: null,
    analysis: { call_summary: 'Anna booked a cleaning.', user_sentiment: 'Positive', in_voicemail: false },
    toolCalls: [],
    appointments: [],
    ...overrides,
  };
}
