import type { ToolDefinition } from './tool-registry.service';
import type { ToolContext } from './tool.types';

export type CacheResult = 'hit' | 'miss' | 'stale';

/** One tool call as it travels through the interceptor chain. */
export interface ToolCall {
  definition: ToolDefinition;
  params: object;
  context: ToolContext;
  /** Filled in on the way, read by the metrics interceptor. */
  meta: { cache?: CacheResult; attempts: number };
}

export interface ToolInterceptor {
  intercept(call: ToolCall, next: () => Promise<unknown>): Promise<unknown>;
}

/** Milliseconds left before the call's deadline (never negative). */
export const remainingMs = (call: ToolCall): number => Math.max(0, call.context.deadline - Date.now());

/** The key a vendor credential is known by: breakers and buckets are per server × credential. */
export const credentialKey = (call: ToolCall): string =>
  `${call.definition.server}:${call.context.credential ?? call.context.companyId ?? 'system'}`;
