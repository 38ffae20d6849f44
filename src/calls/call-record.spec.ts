import type { Call } from './call.entity';
import { callerNameOf, callFieldsOf, isBillable, mergeCall } from './call-record';

const base = {
  call_id: 'call_1',
  agent_id: 'agent_1',
  call_type: 'phone_call',
  direction: 'inbound',
  from_number: '+4915112345678',
  to_number: '+493012345678',
  start_timestamp: 1_764_000_000_000,
};

const fresh = (): Call => ({ status: 'registered' }) as Call;

describe('callFieldsOf', () => {
  it('maps Retell’s call object to columns (ms → dates, cents, analysis)', () => {
    const fields = callFieldsOf({
      ...base,
      call_status: 'ended',
      end_timestamp: 1_764_000_095_400,
      disconnection_reason: 'user_hangup',
      call_cost: { combined_cost: 12.6 },
      call_analysis: { call_summary: 'Gebucht.', user_sentiment: 'Positive', call_successful: true },
      retell_llm_dynamic_variables: { customer_name: 'Anna', visits: 3 },
      collected_dynamic_variables: { wish: 'Zahnreinigung' },
    });
    expect(fields).toMatchObject({
      status: 'ended',
      direction: 'inbound',
      startedAt: new Date(1_764_000_000_000),
      endedAt: new Date(1_764_000_095_400),
      durationSeconds: 95,
      costCents: 13,
      summary: 'Gebucht.',
      sentiment: 'Positive',
      successful: true,
      dynamicVariables: { customer_name: 'Anna', visits: '3', wish: 'Zahnreinigung' },
    });
  });

  it('treats wrong types and malformed numbers as absent, and web calls as web', () => {
    const fields = callFieldsOf({
      call_id: 'c',
      call_type: 'web_call',
      from_number: 'anonymous',
      to_number: 42,
      start_timestamp: 'yesterday',
      transcript: ['not', 'text'],
      call_status: 'exploded',
    });
    expect(fields).toMatchObject({ direction: 'web' });
    for (const key of ['fromNumber', 'toNumber', 'startedAt', 'transcript', 'status'] as const) {
      expect(fields[key]).toBeUndefined();
    }
  });

  it('lets the event imply a status the payload leaves out', () => {
    expect(callFieldsOf({ call_id: 'c' }, 'call_started').status).toBe('ongoing');
    expect(callFieldsOf({ call_id: 'c', call_status: 'registered' }, 'call_ended').status).toBe('ended');
    expect(callFieldsOf({ call_id: 'c', call_status: 'error' }, 'call_started').status).toBe('error');
  });
});

describe('mergeCall', () => {
  it('gives the same row whatever the order of events', () => {
    const started = callFieldsOf({ ...base, call_status: 'ongoing' }, 'call_started');
    const ended = callFieldsOf(
      { ...base, call_status: 'ended', transcript: 'full', duration_ms: 60_000 },
      'call_ended',
    );
    const partial = callFieldsOf({ ...base, call_status: 'ongoing', transcript: 'partial' }, 'transcript_updated');
    const analyzed = callFieldsOf(
      { ...base, call_status: 'ended', transcript: 'full', call_analysis: { call_summary: 'S' } },
      'call_analyzed',
    );
    const orders = [
      [started, partial, ended, analyzed],
      [analyzed, ended, partial, started],
      [ended, started, analyzed, partial],
    ];
    const rows = orders.map((events) => {
      const row = fresh();
      for (const e of events) mergeCall(row, e);
      return row;
    });
    expect(rows[0]).toMatchObject({ status: 'ended', transcript: 'full', summary: 'S', durationSeconds: 60 });
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[2]).toEqual(rows[0]);
  });
});

describe('isBillable and callerNameOf', () => {
  it('bills ended calls with talk time only', () => {
    expect(isBillable({ status: 'ended', durationSeconds: 30 } as Call)).toBe(true);
    expect(isBillable({ status: 'ended', durationSeconds: 0 } as Call)).toBe(false);
    expect(isBillable({ status: 'ongoing', durationSeconds: 30 } as Call)).toBe(false);
    expect(isBillable({ status: 'not_connected', durationSeconds: null } as Call)).toBe(false);
  });

  it('takes the name the agent was given or collected', () => {
    expect(callerNameOf({ caller_name: ' Jörg ' })).toBe('Jörg');
    expect(callerNameOf({ customer_name: 'Anna', name: 'X' })).toBe('Anna');
    expect(callerNameOf({ name: '  ' })).toBeUndefined();
    expect(callerNameOf(null)).toBeUndefined();
  });
});
