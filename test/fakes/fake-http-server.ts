import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  rawBody: string;
  body: unknown;
  at: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  req: RecordedRequest,
  params: Record<string, string>,
) => FakeResponse | Promise<FakeResponse>;

/** A fault for matching requests: answered instead of (or, with `after`, after) the real handler. */
export interface Fault {
  method?: string;
  /** Matches the request path; a string matches a prefix. */
  path?: RegExp | string;
  /** Added delay before answering (ms). */
  latencyMs?: number;
  /** Answer with this instead of the route. */
  respond?: FakeResponse;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /** Never answer (until the fake stops). */
  hang?: boolean;
  /** Run the real handler (e.g. commit a booking), then hang or reset instead of answering. */
  after?: 'hang' | 'reset';
  /**
   * Fire for this share of matching requests (0..1), default all. When it does not fire, the next matching
   * fault gets its chance: faults with shares of the same requests stack (their shares are conditional).
   */
  probability?: number;
  /** Fire this many times, then remove itself. */
  times?: number;
  /** How often it fired so far (counted by the server). */
  fired?: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: RouteHandler;
}

/**
 * The loopback HTTP server under every vendor fake: routes with `:params`, a log of every request exactly
 * as received (headers, raw body), and fault injection per route — latency, any status (429, 5xx), connection
 * resets and hangs — so clients are tested against real sockets.
 */
export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  /** The draw for a fault's `probability`; set a seeded PRNG to make a run's faults repeatable. */
  random: () => number = Math.random;
  private readonly routes: Route[] = [];
  private faults: Fault[] = [];
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  url = '';

  route(method: string, path: string, handler: RouteHandler): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/\/:(\w+)/g, (_, key: string) => {
        keys.push(key);
        return '/([^/]+)';
      })}$`,
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  inject(fault: Fault): this {
    this.faults.push(fault);
    return this;
  }

  clearFaults(): void {
    this.faults = [];
  }

  requestsTo(method: string, path: RegExp | string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && matches(r.path, path));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      rawBody,
      body: parseBody(rawBody, req.headers['content-type']),
      at: Date.now(),
    };
    this.requests.push(recorded);

    const fault = this.takeFault(recorded);
    if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
    if (fault?.reset) return void req.socket.destroy();
    if (fault?.hang) return;
    if (fault?.respond) return send(res, fault.respond);

    const route = this.routes.find((r) => r.method === recorded.method && r.pattern.test(recorded.path));
    if (!route)
      return send(res, { status: 404, body: { message: `No fake route for ${recorded.method} ${recorded.path}` } });
    const values = route.pattern.exec(recorded.path)!.slice(1);
    const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(values[i])]));
    const response = await route.handler(recorded, params);
    if (fault?.after === 'hang') return;
    if (fault?.after === 'reset') return void req.socket.destroy();
    send(res, response);
  }

  private takeFault(req: RecordedRequest): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        (!f.method || f.method === req.method) &&
        (!f.path || matches(req.path, f.path)) &&
        (f.probability === undefined || this.random() < f.probability),
    );
    if (!fault) return undefined;
    fault.fired = (fault.fired ?? 0) + 1;
    if (fault.times !== undefined && --fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault;
  }
}

function matches(path: string, pattern: RegExp | string): boolean {
  return typeof pattern === 'string' ? path.startsWith(pattern) : pattern.test(path);
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  if (contentType?.includes('application/x-www-form-urlencoded')) return new URLSearchParams(raw);
  return raw;
}

function send(res: ServerResponse, response: FakeResponse): void {
  const body =
    response.body === undefined
      ? ''
      : typeof response.body === 'string'
        ? response.body
        : JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...(response.body !== undefined && typeof response.body !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...response.headers,
  });
  res.end(body);
}
