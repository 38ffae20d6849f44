import { FakeHttpServer, FakeResponse, RecordedRequest } from './fake-http-server';

export interface FakeRetellAgent {
  agent_id: string;
  agent_name?: string | null;
  version?: number;
  is_published?: boolean;
  voice_id?: string;
  response_engine?: Record<string, unknown>;
  webhook_url?: string | null;
  last_modification_timestamp?: number;
  [key: string]: unknown;
}

export interface FakeRetellCall {
  call_id: string;
  agent_id: string;
  call_type?: 'phone_call' | 'web_call';
  call_status?: 'registered' | 'not_connected' | 'ongoing' | 'ended' | 'error';
  direction?: 'inbound' | 'outbound';
  from_number?: string;
  to_number?: string;
  start_timestamp?: number;
  [key: string]: unknown;
}

export interface FakeRetellPhoneNumber {
  phone_number: string;
  phone_number_pretty?: string;
  inbound_agent_id?: string | null;
  outbound_agent_id?: string | null;
  nickname?: string | null;
  [key: string]: unknown;
}

/**
 * Retell's REST API (vendor-wire-formats §3) on a loopback port: `Authorization: Bearer <key>` against the
 * accepted keys (401 otherwise), agents (`GET /list-agents`, `GET /get-agent/:id`, and the 5.x
 * `POST /v2/list-agents`), calls (`GET /v2/get-call/:id`, `POST /v3/list-calls` with `pagination_key`) and
 * `GET /list-phone-numbers`. Faults (429, 5xx, hangs) through `inject`.
 */
export class FakeRetell extends FakeHttpServer {
  readonly agents = new Map<string, FakeRetellAgent>();
  readonly calls = new Map<string, FakeRetellCall>();
  readonly phoneNumbers = new Map<string, FakeRetellPhoneNumber>();
  private readonly keys = new Set<string>();

  constructor(...apiKeys: string[]) {
    super();
    for (const key of apiKeys) this.keys.add(key);
    this.route('GET', '/list-agents', (req) => this.authed(req, () => ({ status: 200, body: this.agentList() })));
    this.route('POST', '/v2/list-agents', (req) =>
      this.authed(req, () => {
        const limit = clampLimit(req.query.get('limit'), 1000);
        const page = paginate(this.agentList(), limit, req.query.get('pagination_key'), (a) => a.agent_id);
        return page ? { status: 200, body: page.items } : { status: 400, body: { message: 'Invalid pagination_key' } };
      }),
    );
    this.route('GET', '/get-agent/:id', (req, { id }) =>
      this.authed(req, () => {
        const agent = this.agents.get(id);
        return agent ? { status: 200, body: agent } : notFound('agent');
      }),
    );
    this.route('GET', '/v2/get-call/:id', (req, { id }) =>
      this.authed(req, () => {
        const call = this.calls.get(id);
        return call ? { status: 200, body: call } : notFound('call');
      }),
    );
    this.route('POST', '/v3/list-calls', (req) => this.authed(req, () => this.listCalls(req)));
    this.route('GET', '/list-phone-numbers', (req) =>
      this.authed(req, () => ({ status: 200, body: [...this.phoneNumbers.values()] })),
    );
  }

  addKey(key: string): this {
    this.keys.add(key);
    return this;
  }

  addAgent(agent: FakeRetellAgent): FakeRetellAgent {
    const full: FakeRetellAgent = {
      version: 1,
      is_published: true,
      agent_name: null,
      voice_id: '11labs-Adrian',
      response_engine: { type: 'retell-llm', llm_id: `llm_${agent.agent_id}` },
      webhook_url: null,
      last_modification_timestamp: Date.now(),
      ...agent,
    };
    this.agents.set(full.agent_id, full);
    return full;
  }

  addCall(call: FakeRetellCall): FakeRetellCall {
    const full: FakeRetellCall = {
      call_type: 'phone_call',
      call_status: 'ended',
      direction: 'inbound',
      agent_version: 1,
      from_number: '+4915112345678',
      to_number: '+493012345678',
      start_timestamp: Date.now() - 60_000,
      ...call,
    };
    this.calls.set(full.call_id, full);
    return full;
  }

  addPhoneNumber(number: FakeRetellPhoneNumber): FakeRetellPhoneNumber {
    const full: FakeRetellPhoneNumber = {
      phone_number_pretty: number.phone_number,
      inbound_agent_id: null,
      outbound_agent_id: null,
      nickname: null,
      phone_number_type: 'retell-twilio',
      last_modification_timestamp: Date.now(),
      ...number,
    };
    this.phoneNumbers.set(full.phone_number, full);
    return full;
  }

  private agentList(): FakeRetellAgent[] {
    return [...this.agents.values()];
  }

  /** §3: `{filter_criteria?, limit?, pagination_key?, sort_order?}` → `{items, has_more, pagination_key?}`. */
  private listCalls(req: RecordedRequest): FakeResponse {
    if (req.body !== undefined && (typeof req.body !== 'object' || req.body === null)) {
      return { status: 400, body: { status: 'error', message: 'Invalid JSON body' } };
    }
    const body = (req.body ?? {}) as {
      filter_criteria?: { agent_id?: string[]; call_status?: string[] };
      limit?: number;
      pagination_key?: string;
      sort_order?: 'ascending' | 'descending';
    };
    const limit = body.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      return { status: 400, body: { status: 'error', message: 'limit must be between 1 and 1000' } };
    }
    const agents = body.filter_criteria?.agent_id;
    const statuses = body.filter_criteria?.call_status;
    const direction = body.sort_order === 'ascending' ? 1 : -1;
    const all = [...this.calls.values()]
      .filter((c) => !agents || agents.includes(c.agent_id))
      .filter((c) => !statuses || statuses.includes(c.call_status ?? ''))
      .sort(
        (a, b) => direction * ((a.start_timestamp ?? 0) - (b.start_timestamp ?? 0)) || (a.call_id < b.call_id ? -1 : 1),
      );
    const page = paginate(all, limit, body.pagination_key ?? null, (c) => c.call_id);
    if (!page) return { status: 400, body: { status: 'error', message: 'Invalid pagination_key' } };
    return {
      status: 200,
      body: { items: page.items, has_more: page.hasMore, ...(page.hasMore ? { pagination_key: page.next } : {}) },
    };
  }

  private authed(req: RecordedRequest, handler: () => FakeResponse): FakeResponse {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    if (!match || !this.keys.has(match[1])) {
      return { status: 401, body: { status: 'error', message: 'Invalid API key' } };
    }
    return handler();
  }
}

function notFound(what: string): FakeResponse {
  return { status: 404, body: { status: 'error', message: `${what} not found` } };
}

function clampLimit(value: string | null, max: number): number {
  const n = Number(value ?? 50);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : 50;
}

/** Keyset pagination on an id: the key is the id of the last item of the previous page. */
function paginate<T>(
  all: T[],
  limit: number,
  key: string | null,
  idOf: (item: T) => string,
): { items: T[]; hasMore: boolean; next?: string } | null {
  let start = 0;
  if (key) {
    const index = all.findIndex((item) => idOf(item) === key);
    if (index < 0) return null;
    start = index + 1;
  }
  const items = all.slice(start, start + limit);
  const hasMore = start + limit < all.length;
  return { items, hasMore, next: hasMore ? idOf(items[items.length - 1]) : undefined };
}
