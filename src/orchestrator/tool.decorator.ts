import { SetMetadata } from '@nestjs/common';
import type { ToolOptions } from './tool.types';

export const TOOL_METADATA = 'switchboard:tool';
export const MCP_SERVER_METADATA = 'switchboard:mcp-server';

/** Resilience settings of one server; defaults in DEFAULT_SERVER_OPTIONS. */
export interface McpServerOptions {
  /** Concurrent calls per server and instance, and how many may wait: beyond, OVERLOADED. */
  bulkhead?: { limit: number; queue: number };
  /** Opens after `consecutiveFailures` in a row, or `failureRate` of calls within `windowMs` (min `minimumCalls`). */
  breaker?: {
    consecutiveFailures: number;
    failureRate: number;
    windowMs: number;
    minimumCalls: number;
    halfOpenAfterMs: number;
  };
  /** The vendor's limit per credential (token bucket across instances), e.g. Cal.com 120 per minute. */
  rateLimit?: { perMinute: number };
}

export const DEFAULT_SERVER_OPTIONS: Required<Omit<McpServerOptions, 'rateLimit'>> = {
  bulkhead: { limit: 50, queue: 100 },
  breaker: { consecutiveFailures: 5, failureRate: 0.5, windowMs: 30_000, minimumCalls: 10, halfOpenAfterMs: 10_000 },
};

export interface McpServerMeta {
  name: string;
  options: McpServerOptions;
}

/** Marks a provider as an MCP server named `name` (`calcom`, `directory`, …); its @Tool methods are its tools. */
export const McpServer = (name: string, options: McpServerOptions = {}): ClassDecorator =>
  SetMetadata(MCP_SERVER_METADATA, { name, options } satisfies McpServerMeta);

/** Declares a tool, once: name, description, input DTO and policy. The method is its handler. */
export const Tool = (options: ToolOptions): MethodDecorator => SetMetadata(TOOL_METADATA, options);

/** Optional per-server health check, shown at /health/integrations (never part of readiness). */
export interface McpServerHealth {
  healthCheck(): Promise<{ ok: boolean; detail?: string }>;
}
