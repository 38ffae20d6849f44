import { randomBytes } from 'node:crypto';
import { addDays, zonedToUtc } from 'src/booking/when';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import type { RecordedRequest } from 'test/fakes/fake-http-server';
import { postSignedToRetellEndpoint, retellFunctionCall } from 'test/fakes/retell-signer';
import { adminToken, api, childAppEnv, Children } from './app-process';
import type { BenchRun } from './harness';
import { countBy } from './stats';

/**
 * For the benchmarks that play voice calls against the built app: companies with branches that a Retell agent
 * answers for, each with its own Cal.com key and event type in the fake, and the signed function calls Retell
 * makes mid-call (`POST /api/mcp/retell/functions/<tool>`).
 */

export const BENCH_TZ = 'Europe/Berlin';

/** 08:00 … 17:30: a slot every 30 minutes, the branches' opening hours (08–18). */
export const HALF_HOURS = Array.from(
  { length: 20 },
  (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

export interface VoiceBranch {
  index: number;
  companyId: string;
  branchId: string;
  number: string;
  agentId: string;
  eventTypeId: number;
}

export interface VoiceWorldOptions {
  companies: number;
  branchesPerCompany: number;
  /** The first date with slots (the branch's today); slots every 30 min 08:00–18:00 for `slotDays` days. */
  today: string;
  slotDays: number;
  /** Names the agents, numbers' owners and Cal.com keys, so a report's data says which benchmark made it. */
  tag: string;
}

/**
 * A loopback Cal.com (no rate limit of its own unless `rateLimitPerMinute`) and the built app (APP_ROLE=api)
 * that uses it — at `calcomUrl(fake)` when given (e.g. through a proxy), else directly — and verifies Retell's
 * signatures with `retellKey`. Both are stopped in the run's teardown.
 */
export async function startVoiceApp(
  run: BenchRun,
  retellKey: string,
  options: { rateLimitPerMinute?: number; calcomUrl?: (fake: FakeCalcom) => Promise<string> } = {},
): Promise<{ fake: FakeCalcom; children: Children; appUrl: string }> {
  const fake = await new FakeCalcom(`cal_unused_${randomBytes(4).toString('hex')}`).start();
  run.defer(() => fake.stop().catch(() => undefined));
  fake.rateLimitPerMinute = options.rateLimitPerMinute ?? 1_000_000;
  const env: NodeJS.ProcessEnv = {
    ...childAppEnv(run.scratch),
    RETELL_API_KEY: retellKey,
    CALCOM_API_URL: options.calcomUrl ? await options.calcomUrl(fake) : fake.url,
    OUTBOUND_ALLOW_PRIVATE: 'true',
  };
  const children = new Children(run);
  const { url: appUrl } = await children.startApp('api', 'api', env);
  return { fake, children, appUrl };
}

/** Requests the fake received, counted by method and path (booking uids folded into `:uid`). */
export const countByPath = (requests: RecordedRequest[]): Record<string, number> =>
  countBy(requests, (r) => `${r.method} ${r.path.replace(/\/[A-Za-z0-9_-]{16,}$/, '/:uid')}`);

/** Every day from `today` on, for `days` days: a slot every 30 min 08:00–17:30 Berlin time (as UTC instants). */
function seedSlots(fake: FakeCalcom, eventTypeId: number, today: string, days: number): void {
  // setSlots works per UTC day; Berlin 08:00–18:00 always falls on the same UTC day.
  for (let d = 0; d < days; d++) {
    const date = addDays(today, d);
    fake.setSlots(
      eventTypeId,
      date,
      HALF_HOURS.map((time) => zonedToUtc(date, time, BENCH_TZ).toISOString()),
    );
  }
}

/**
 * Seeds the app through its admin API and the fake alongside: per company its own Cal.com key (the vendor
 * rate limit, 120/min, and the circuit breaker are per company), per branch a number, an agent, an event type
 * with slots and a service. Branch i gets event type 5000 + i and number +49301234<5000 + i>.
 */
export async function seedVoiceWorld(
  base: string,
  fake: FakeCalcom,
  options: VoiceWorldOptions,
): Promise<VoiceBranch[]> {
  const accessToken = await adminToken(base);
  const branches: VoiceBranch[] = [];
  for (let c = 0; c < options.companies; c++) {
    const company = await api<{ id: string }>(base, 'POST', '/api/companies', accessToken, {
      name: `Bench Praxis ${c + 1}`,
      timezone: BENCH_TZ,
      locale: 'de',
      country: 'DE',
    });
    const calKey = `cal_live_bench_${options.tag}_${c + 1}_${randomBytes(4).toString('hex')}`;
    fake.apiKeys.add(calKey);
    await api(base, 'PUT', `/api/companies/${company.id}/integrations/calcom`, accessToken, { apiKey: calKey });
    for (let b = 0; b < options.branchesPerCompany; b++) {
      const index = branches.length;
      const eventTypeId = 5000 + index;
      fake.addEventType({ id: eventTypeId, title: `Kontrolle ${index + 1}`, lengthInMinutes: 30 });
      seedSlots(fake, eventTypeId, options.today, options.slotDays);
      const agentId = `agent_bench_${options.tag}_${index + 1}`;
      const number = `+49301234${String(5000 + index)}`;
      const hours = [['08:00', '18:00']];
      const branch = await api<{ id: string }>(base, 'POST', `/api/companies/${company.id}/branches`, accessToken, {
        name: `Filiale ${index + 1}`,
        timezone: BENCH_TZ,
        calcomEventTypeId: eventTypeId,
        retellAgentId: agentId,
        businessHours: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: hours },
      });
      await api(base, 'POST', `/api/companies/${company.id}/phone-numbers`, accessToken, {
        number,
        branchId: branch.id,
      });
      await api(base, 'POST', `/api/companies/${company.id}/services`, accessToken, {
        name: `Kontrolle ${index + 1}`,
        durationMinutes: 30,
        calcomEventTypeId: eventTypeId,
      });
      branches.push({ index, companyId: company.id, branchId: branch.id, number, agentId, eventTypeId });
    }
  }
  return branches;
}

/** A caller's number that is unique per call index. */
export const callerNumber = (callIndex: number): string => `+49151${String(1_000_000 + callIndex).padStart(8, '0')}`;

/** The `call` object Retell sends with each function call of an ongoing inbound call to `branch`. */
export function ongoingCall(branch: VoiceBranch, callId: string, fromNumber: string): Record<string, unknown> {
  return {
    call_id: callId,
    agent_id: branch.agentId,
    call_type: 'phone_call',
    call_status: 'ongoing',
    direction: 'inbound',
    from_number: fromNumber,
    to_number: branch.number,
  };
}

/** A voice tool's JSON answer, read field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type VoiceAnswer = Record<string, any>;

export interface ToolAnswer {
  status: number;
  answer: VoiceAnswer;
  text: string;
  /** Wall time of the signed POST on the client, ms. */
  ms: number;
  sentAt: number;
  answeredAt: number;
}

/** One function call as Retell makes it; a transport error (or no answer within `timeoutMs`) is status 0. */
export async function callVoiceTool(
  appUrl: string,
  tool: string,
  call: Record<string, unknown>,
  args: Record<string, unknown>,
  retellKey: string,
  timeoutMs = 30_000,
): Promise<ToolAnswer> {
  const sentAt = Date.now();
  const started = performance.now();
  let status = 0;
  let answer: VoiceAnswer = {};
  let text = '';
  try {
    const res = await postSignedToRetellEndpoint(
      appUrl,
      `/api/mcp/retell/functions/${tool}`,
      retellFunctionCall(tool, call, args),
      retellKey,
      { signal: AbortSignal.timeout(timeoutMs) },
    );
    status = res.status;
    answer = (res.body ?? {}) as VoiceAnswer;
    text = res.text;
  } catch (err) {
    text = (err as Error).message;
  }
  return { status, answer, text, ms: performance.now() - started, sentAt, answeredAt: Date.now() };
}

/** Each voice tool's budget as the Retell agent is configured with it (`timeout_ms` of its definition). */
export async function voiceToolBudgets(base: string, companyId: string): Promise<Record<string, number>> {
  const tools = await api<{ name: string; timeout_ms: number }[]>(
    base,
    'GET',
    `/api/companies/${companyId}/retell/tools`,
    await adminToken(base),
    undefined,
  );
  return Object.fromEntries(tools.map((t) => [t.name, t.timeout_ms]));
}

/** Outcomes that carry Cal.com's data; any other is a fallback, a question back or an error. */
export const REAL_OUTCOMES = new Set(['booked', 'taken', 'available', 'alternatives']);

export interface JudgedAnswer {
  tool: string;
  sentAt: number;
  answeredAt: number;
  ms: number;
  status: number;
  /** HTTP 200 within the tool's budget (its Retell `timeout_ms`), on the client's clock. */
  withinBudget: boolean;
  /** A sentence for the agent to say (`message` non-empty). */
  spoken: boolean;
  /** booked / taken (book_appointment), available / alternatives (check), the `error` code, or http_<status>. */
  outcome: string;
}

/** What an answer of `check_availability` or `book_appointment` meant for the caller. */
export function judge(tool: string, res: ToolAnswer, budgetMs: number): JudgedAnswer {
  const a = res.answer;
  const outcome =
    res.status !== 200
      ? `http_${res.status}`
      : typeof a.error === 'string'
        ? a.error
        : tool === 'book_appointment'
          ? a.booked === true
            ? 'booked'
            : 'taken'
          : a.available
            ? 'available'
            : 'alternatives';
  return {
    tool,
    sentAt: res.sentAt,
    answeredAt: res.answeredAt,
    ms: res.ms,
    status: res.status,
    withinBudget: res.status === 200 && res.ms <= budgetMs,
    spoken: typeof a.message === 'string' && a.message.trim().length > 0,
    outcome,
  };
}
