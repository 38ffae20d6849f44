import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { orchestratorConfig, type OrchestratorConfig } from 'src/config';
import { AppError } from 'src/platform/errors/app-error';
import { validationError } from 'src/platform/errors/validation';
import { RequestContext } from 'src/platform/logging/request-context';
import { BulkheadInterceptor } from './interceptors/bulkhead.interceptor';
import { CacheInterceptor } from './interceptors/cache.interceptor';
import { CircuitBreakerInterceptor } from './interceptors/circuit-breaker.interceptor';
import { MetricsInterceptor } from './interceptors/metrics.interceptor';
import { RateLimitInterceptor } from './interceptors/rate-limit.interceptor';
import { RetryInterceptor } from './interceptors/retry.interceptor';
import { TenantQuotaInterceptor } from './interceptors/tenant-quota.interceptor';
import { TimeoutInterceptor } from './interceptors/timeout.interceptor';
import { ToolCall, ToolInterceptor } from './tool-call';
import { toToolError } from './tool-errors';
import { ToolDefinition, ToolRegistry } from './tool-registry.service';
import type { ToolContext, ToolPrincipal } from './tool.types';

/** What a caller passes: who it is and, optionally, for which company, deadline and phone call. */
export interface ExecuteContext {
  principal: ToolPrincipal;
  companyId?: string | null;
  deadline?: number;
  callId?: string;
  credential?: string;
  signal?: AbortSignal;
}

/**
 * The only caller of tools (DESIGN §1, §3). Validates the input, checks access and tenant, and runs the
 * interceptor chain, outermost first — read it top to bottom:
 */
@Injectable()
export class McpOrchestrator {
  private readonly chain: ToolInterceptor[];

  constructor(
    private readonly registry: ToolRegistry,
    @Inject(orchestratorConfig.KEY) private readonly config: OrchestratorConfig,
    metrics: MetricsInterceptor,
    tenantQuota: TenantQuotaInterceptor,
    cache: CacheInterceptor,
    circuitBreaker: CircuitBreakerInterceptor,
    retry: RetryInterceptor,
    vendorRateLimit: RateLimitInterceptor,
    timeout: TimeoutInterceptor,
    bulkhead: BulkheadInterceptor,
  ) {
    this.chain = [metrics, tenantQuota, cache, circuitBreaker, retry, vendorRateLimit, timeout, bulkhead];
  }

  /** Runs `<server>.<tool>` for the caller and returns its result, or throws a typed AppError. */
  async execute<T = unknown>(server: string, tool: string, params: unknown, context: ExecuteContext): Promise<T> {
    const definition = this.registry.get(server, tool);
    const companyId = this.authorize(definition, context);
    const deadline = context.deadline ?? Date.now() + this.config.defaultDeadlineMs;
    const signal = context.signal
      ? AbortSignal.any([context.signal, deadlineSignal(deadline)])
      : deadlineSignal(deadline);
    const toolContext: ToolContext = {
      principal: context.principal,
      companyId,
      requestId: RequestContext.requestId(),
      callId: context.callId,
      deadline,
      signal,
      credential: context.credential,
    };
    return this.run(definition, params, toolContext) as Promise<T>;
  }

  /**
   * A composite tool's child call: same principal, tenant, deadline and phone call as its parent, and no
   * second tenant slot. Counted and protected as itself.
   */
  async executeChild<T = unknown>(
    server: string,
    tool: string,
    params: unknown,
    parent: ToolContext,
    credential?: string,
  ): Promise<T> {
    const definition = this.registry.get(server, tool);
    return this.run(definition, params, { ...parent, credential, parent: { server, tool } }) as Promise<T>;
  }

  private async run(definition: ToolDefinition, params: unknown, context: ToolContext): Promise<unknown> {
    const call: ToolCall = { definition, params: {}, context, meta: { attempts: 0 } };
    const invoke = (index: number): Promise<unknown> =>
      index === this.chain.length
        ? definition.handler(call.params, call.context)
        : this.chain[index].intercept(call, () => invoke(index + 1));
    // Validation runs inside the metrics interceptor (the first), so invalid input is counted as such.
    try {
      return await this.chain[0].intercept(call, async () => {
        call.params = await validateInput(definition, params);
        return invoke(1);
      });
    } catch (err) {
      throw toToolError(err);
    }
  }

  /** DESIGN §3: the tool's access against the caller's role, and the tenant from the principal, never the input. */
  private authorize(definition: ToolDefinition, context: ExecuteContext): string | null {
    const { principal } = context;
    let companyId = context.companyId ?? null;
    if (principal.companyId !== null) {
      if (companyId !== null && companyId !== principal.companyId)
        throw AppError.forbidden('You may not act for another company');
      companyId = principal.companyId;
    }
    const allowed =
      principal.role === 'system' ||
      principal.role === 'super_admin' ||
      (principal.role === 'ops' && definition.access !== 'tenant-write') ||
      (principal.role === 'company_admin' && definition.access !== 'platform');
    if (!allowed) throw AppError.forbidden(`Your role may not call ${definition.id}`);
    if (definition.access !== 'platform' && companyId === null && principal.role !== 'system') {
      throw AppError.invalid('companyId', 'isDefined', `${definition.id} acts for a company: companyId is required`);
    }
    return companyId;
  }
}

async function validateInput(definition: ToolDefinition, params: unknown): Promise<object> {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw AppError.invalid('params', 'isObject', 'params must be an object');
  }
  const input = plainToInstance(definition.input, params);
  // Unknown arguments are dropped, not fatal: language models add fields of their own.
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: false });
  if (errors.length) throw validationError(errors);
  return input;
}

function deadlineSignal(deadline: number): AbortSignal {
  return AbortSignal.timeout(Math.max(1, deadline - Date.now()));
}
