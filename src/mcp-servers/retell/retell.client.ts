import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { retellConfig, type RetellConfig } from 'src/config';
import { CredentialsService, fingerprintOf } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { HttpClientService, HttpRequest } from 'src/platform/http/http-client.service';
import { transportError, vendorError } from 'src/platform/http/vendor-errors';
import {
  retellAgentSchema,
  RetellAgent,
  RetellCall,
  retellCallPageSchema,
  RetellCallObject,
  RetellPage,
  retellCallSchema,
  RetellPhoneNumber,
  retellPhoneNumberSchema,
  toAgent,
  toCall,
  toPhoneNumber,
} from './retell.types';

const VENDOR = 'Retell';

/** The key a call is made with: the company's own, or the platform workspace key (RETELL_API_KEY). */
export interface RetellKey {
  apiKey: string;
  source: 'company' | 'platform';
  fingerprint: string;
}

export interface ListCallsQuery {
  /** Only calls of these agents (Retell `filter_criteria.agent_id`). */
  agentIds?: string[];
  limit: number;
  paginationKey?: string;
  sortOrder: 'ascending' | 'descending';
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * The only code that speaks Retell's REST API (vendor-wire-formats §3), through the one HTTP client:
 * `Authorization: Bearer <key>`, JSON bodies, answers validated here and returned as domain types. The key
 * never leaves this class: errors name the vendor and status only.
 */
@Injectable()
export class RetellClient {
  constructor(
    private readonly http: HttpClientService,
    private readonly credentials: CredentialsService,
    @Inject(retellConfig.KEY) private readonly config: RetellConfig,
  ) {}

  get hasPlatformKey(): boolean {
    return Boolean(this.config.apiKey);
  }

  /** The company's Retell key, or the platform workspace key; neither configured is the caller's problem to fix. */
  async keyFor(companyId: string): Promise<RetellKey> {
    const own = await this.credentials.get(companyId, 'retell');
    if (own?.apiKey) return { apiKey: own.apiKey, source: 'company', fingerprint: own.fingerprint };
    if (this.config.apiKey) {
      return { apiKey: this.config.apiKey, source: 'platform', fingerprint: fingerprintOf(this.config.apiKey) };
    }
    throw AppError.invalid('retell', 'isConfigured', 'Retell is not configured for this company');
  }

  async listAgents(key: RetellKey, options: RequestOptions = {}): Promise<RetellAgent[]> {
    const body = await this.send(key, { method: 'GET', path: '/list-agents' }, z.array(retellAgentSchema), options);
    return body.map(toAgent);
  }

  async getAgent(key: RetellKey, agentId: string, options: RequestOptions = {}): Promise<RetellAgent> {
    const path = `/get-agent/${encodeURIComponent(agentId)}`;
    return toAgent(await this.send(key, { method: 'GET', path }, retellAgentSchema, options));
  }

  async getCall(key: RetellKey, callId: string, options: RequestOptions = {}): Promise<RetellCall> {
    const path = `/v2/get-call/${encodeURIComponent(callId)}`;
    return toCall(await this.send(key, { method: 'GET', path }, retellCallSchema, options));
  }

  /** `POST /v3/list-calls`: one page, continued with the `pagination_key` Retell returned. */
  /** One page of calls as Retell sends them (the whole call object, transcripts included). */
  async listCallObjects(
    key: RetellKey,
    query: ListCallsQuery,
    options: RequestOptions = {},
  ): Promise<RetellPage<RetellCallObject>> {
    const body: Record<string, unknown> = { limit: query.limit, sort_order: query.sortOrder };
    if (query.agentIds) body.filter_criteria = { agent_id: query.agentIds };
    if (query.paginationKey) body.pagination_key = query.paginationKey;
    const page = await this.send(key, { method: 'POST', path: '/v3/list-calls', body }, retellCallPageSchema, options);
    return {
      items: page.items,
      hasMore: page.has_more,
      nextPaginationKey: page.has_more ? (page.pagination_key ?? null) : null,
    };
  }

  async listPhoneNumbers(key: RetellKey, options: RequestOptions = {}): Promise<RetellPhoneNumber[]> {
    const schema = z.array(retellPhoneNumberSchema);
    return (await this.send(key, { method: 'GET', path: '/list-phone-numbers' }, schema, options)).map(toPhoneNumber);
  }

  private async send<S extends z.ZodType>(
    key: RetellKey,
    req: { method: HttpRequest['method']; path: string; body?: unknown },
    schema: S,
    options: RequestOptions,
  ): Promise<z.infer<S>> {
    let res;
    try {
      res = await this.http.request({
        method: req.method,
        url: `${this.config.apiUrl}${req.path}`,
        headers: { authorization: `Bearer ${key.apiKey}` },
        body: req.body,
        timeoutMs: options.timeoutMs,
        signal: options.signal,
      });
    } catch (err) {
      throw transportError(VENDOR, err);
    }
    if (res.status < 200 || res.status >= 300) throw vendorError(VENDOR, res);
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) throw new AppError('UPSTREAM_REJECTED', `${VENDOR} answered in an unexpected shape`);
    return parsed.data;
  }
}
