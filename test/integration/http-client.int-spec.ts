import { Logger } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadAppConfig } from 'src/config';
import { HttpClientService, HttpTransportError, type HttpRequest } from 'src/platform/http/http-client.service';
import { RequestContext } from 'src/platform/logging/request-context';
import { failureOf as failureOfAny } from 'test/support/failure';

interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  rawHeaders: string[];
  body: string;
}

/** A loopback upstream: records every request it sees and answers by path. */
function startUpstream(): Promise<{ server: Server; url: string; seen: Seen[]; sockets: Set<Socket> }> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method!, path: req.url!, headers: req.headers, rawHeaders: req.rawHeaders, body });
      switch (req.url) {
        case '/echo':
          res.writeHead(201, { 'content-type': 'application/json; charset=utf-8', 'x-upstream': 'yes' });
          res.end(JSON.stringify({ got: body ? JSON.parse(body) : null, method: req.method }));
          return;
        case '/hang':
          return; // never answers
        case '/stall':
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"partial":'); // headers and part of the body, then nothing
          return;
        case '/big':
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('x'.repeat(64 * 1024));
          return;
        case '/redirect':
          res.writeHead(302, { location: '/echo' });
          res.end();
          return;
        default:
          res.writeHead(404);
          res.end();
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, sockets }),
    ),
  );
}

async function failureOf(promise: Promise<unknown>): Promise<HttpTransportError> {
  const err = await failureOfAny<HttpTransportError>(promise);
  expect(err).toBeInstanceOf(HttpTransportError);
  return err;
}

describe('HttpClientService against a loopback server', () => {
  let upstream: Awaited<ReturnType<typeof startUpstream>>;
  const client = new HttpClientService(loadAppConfig({ OUTBOUND_ALLOW_PRIVATE: 'false' }));
  const privateClient = new HttpClientService(loadAppConfig({ OUTBOUND_ALLOW_PRIVATE: 'true' }));

  beforeAll(async () => {
    Logger.overrideLogger(false);
    upstream = await startUpstream();
  });

  beforeEach(() => {
    upstream.seen.length = 0;
  });

  afterAll(async () => {
    await Promise.all([client.onApplicationShutdown(), privateClient.onApplicationShutdown()]);
    for (const socket of upstream.sockets) socket.destroy();
    await new Promise((resolve) => upstream.server.close(resolve));
  });

  const request = (req: Partial<HttpRequest> & { path: string }, via = client) =>
    via.request({ method: 'GET', url: `${upstream.url}${req.path}`, ...req });

  it('sends a JSON body and returns the parsed JSON response, its status and headers', async () => {
    const res = await request({ method: 'POST', path: '/echo', body: { name: 'Ada', n: 1 } });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({ got: { name: 'Ada', n: 1 }, method: 'POST' });
    expect(res.headers['x-upstream']).toBe('yes');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(upstream.seen).toHaveLength(1);
    expect(upstream.seen[0].headers['content-type']).toBe('application/json');
    expect(upstream.seen[0].headers.accept).toBe('application/json');
    expect(JSON.parse(upstream.seen[0].body)).toEqual({ name: 'Ada', n: 1 });
  });

  it("lets a caller's headers replace the defaults, whatever their case", async () => {
    await RequestContext.run({ requestId: 'req-1' }, () =>
      request({
        method: 'PATCH',
        path: '/echo',
        body: { a: 1 },
        headers: { 'Content-Type': 'application/merge-patch+json', Accept: 'application/problem+json' },
      }),
    );

    const sent = upstream.seen[0].rawHeaders;
    const values = (name: string) => sent.filter((_, i) => i % 2 === 1 && sent[i - 1].toLowerCase() === name);
    expect(values('content-type')).toEqual(['application/merge-patch+json']);
    expect(values('accept')).toEqual(['application/problem+json']);
    expect(values('x-request-id')).toEqual(['req-1']);
  });

  it('passes the request id of the current context upstream', async () => {
    await RequestContext.run({ requestId: 'req-abc-123' }, () => request({ path: '/echo' }));
    await request({ path: '/echo' });

    expect(upstream.seen.map((s) => s.headers['x-request-id'])).toEqual(['req-abc-123', undefined]);
  });

  it('cuts a request that gets no response at timeoutMs', async () => {
    const started = performance.now();
    const failure = await failureOf(request({ path: '/hang', timeoutMs: 200 }));
    const elapsed = performance.now() - started;

    expect(failure.kind).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(150);
    expect(elapsed).toBeLessThan(2000);
  });

  it('cuts a response whose body stalls at timeoutMs', async () => {
    const started = performance.now();
    const failure = await failureOf(request({ path: '/stall', timeoutMs: 200 }));

    expect(failure.kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a response larger than maxResponseBytes', async () => {
    expect((await failureOf(request({ path: '/big', maxResponseBytes: 1024 }))).kind).toBe('too_large');
    // Under the cap the same response goes through.
    expect((await request({ path: '/big', maxResponseBytes: 128 * 1024 })).text).toHaveLength(64 * 1024);
  });

  it('reports a closed port as a connection failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const failure = await failureOf(
      client.request({ method: 'GET', url: `http://127.0.0.1:${port}/`, timeoutMs: 2000 }),
    );

    expect(failure.kind).toBe('connection');
  });

  it('blocks publicOnly requests to private addresses unless private outbound is allowed', async () => {
    expect((await failureOf(request({ path: '/echo', publicOnly: true }))).kind).toBe('blocked');
    // A name that resolves to loopback is refused at connect time.
    const port = new URL(upstream.url).port;
    const byName = client.request({ method: 'GET', url: `http://localhost:${port}/echo`, publicOnly: true });
    expect((await failureOf(byName)).kind).toBe('blocked');
    expect(upstream.seen).toHaveLength(0);

    // Without publicOnly, or with private outbound allowed, the same address is reached.
    expect((await request({ path: '/echo' })).status).toBe(201);
    expect((await request({ path: '/echo', publicOnly: true }, privateClient)).status).toBe(201);
    expect(upstream.seen).toHaveLength(2);
  });

  it('does not follow redirects', async () => {
    const res = await request({ path: '/redirect' });

    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/echo');
    expect(upstream.seen.map((s) => s.path)).toEqual(['/redirect']);
  });
});
