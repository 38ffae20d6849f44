import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, Dispatcher, errors as undiciErrors, request } from 'undici';
import { appConfig, type AppConfig } from 'src/config';
import { RequestContext } from 'src/platform/logging/request-context';
import { isPrivateAddress } from './url-guard';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are (set the content type yourself). */
  body?: unknown;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** For company-supplied URLs: refuse to connect to private addresses, checked at connect time (no DNS rebinding). */
  publicOnly?: boolean;
  signal?: AbortSignal;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the response says it is JSON, else undefined. */
  body: T;
  text: string;
  durationMs: number;
}

export type HttpFailureKind = 'timeout' | 'connection' | 'too_large' | 'blocked' | 'aborted';

/** A transport failure (no HTTP status): vendor clients map it to UPSTREAM_UNAVAILABLE or TIMEOUT. */
export class HttpTransportError extends Error {
  constructor(
    readonly kind: HttpFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'HttpTransportError';
  }
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The one outbound HTTP client (CONVENTIONS "Outbound HTTP"): keep-alive connections, a default timeout,
 * the request id passed on, a response size cap, no redirects, and logs that never carry headers, bodies or
 * query strings (where keys could hide).
 */
@Injectable()
export class HttpClientService implements OnApplicationShutdown {
  private readonly logger = new Logger('HttpClient');
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  private readonly publicAgent: Agent;

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfig) {
    this.publicAgent = config.outboundAllowPrivate
      ? this.agent
      : new Agent({ keepAliveTimeout: 30_000, connections: 64, connect: { lookup: publicOnlyLookup } });
  }

  async request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const started = performance.now();
    const url = new URL(req.url);
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const headers: Record<string, string> = { accept: 'application/json' };
    // Lower-cased, so a caller's `Content-Type` or `Accept` replaces the default instead of being sent beside it.
    for (const [name, value] of Object.entries(req.headers ?? {})) headers[name.toLowerCase()] = value;
    const requestId = RequestContext.requestId();
    if (requestId) headers['x-request-id'] = requestId;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }
    const signal = req.signal
      ? AbortSignal.any([req.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    const target = `${req.method} ${url.host}${url.pathname}`;
    const dispatcher: Dispatcher = req.publicOnly ? this.publicAgent : this.agent;
    if (req.publicOnly && !this.config.outboundAllowPrivate && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      throw new HttpTransportError('blocked', `Refused to connect to a private address (${url.host})`);
    }
    try {
      const res = await request(url, {
        method: req.method,
        headers,
        body,
        signal,
        dispatcher,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const text = await readCapped(res.body, req.maxResponseBytes ?? DEFAULT_MAX_BYTES);
      const responseHeaders = flattenHeaders(res.headers);
      const durationMs = Math.round(performance.now() - started);
      this.logger.debug({ target, status: res.statusCode, durationMs }, 'outbound request');
      return {
        status: res.statusCode,
        headers: responseHeaders,
        body: parseJson(text, responseHeaders['content-type']) as T,
        text,
        durationMs,
      };
    } catch (err) {
      const failure = classify(err, signal, req.signal);
      this.logger.debug(
        { target, failure: failure.kind, durationMs: Math.round(performance.now() - started) },
        'outbound failed',
      );
      throw failure;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([
      this.agent.close(),
      this.publicAgent === this.agent ? undefined : this.publicAgent.close(),
    ]);
  }
}

function publicOnlyLookup(
  hostname: string,
  options: { all?: boolean },
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, []);
    const blocked = addresses.find((a) => isPrivateAddress(a.address));
    if (blocked) {
      const error: NodeJS.ErrnoException = new Error(`Refused to connect to a private address (${hostname})`);
      error.code = 'EBLOCKEDADDRESS';
      return callback(error, []);
    }
    // Answer in the shape the caller asked for (net asks for a list only with autoSelectFamily).
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new HttpTransportError('too_large', `Response larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function parseJson(text: string, contentType: string | undefined): unknown {
  if (!text || !contentType?.includes('json')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function classify(err: unknown, signal: AbortSignal, callerSignal: AbortSignal | undefined): HttpTransportError {
  if (err instanceof HttpTransportError) return err;
  if (callerSignal?.aborted) return new HttpTransportError('aborted', 'Request aborted by the caller');
  if (
    signal.aborted ||
    err instanceof undiciErrors.HeadersTimeoutError ||
    err instanceof undiciErrors.BodyTimeoutError ||
    err instanceof undiciErrors.ConnectTimeoutError
  ) {
    return new HttpTransportError('timeout', 'Request timed out');
  }
  const code =
    (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (code === 'EBLOCKEDADDRESS') return new HttpTransportError('blocked', 'Refused to connect to a private address');
  return new HttpTransportError('connection', `Connection failed${code ? ` (${code})` : ''}`);
}
