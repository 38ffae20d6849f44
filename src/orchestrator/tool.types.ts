import type { Type } from '@nestjs/common';

/**
 * Who may call a tool (DESIGN §3): company admins and admin-scoped keys reach their own company's tenant
 * tools, ops tenant-read and platform tools, super admins all. The `system` principal (tenant resolution,
 * webhook jobs) reaches everything.
 */
export type ToolAccess = 'tenant-read' | 'tenant-write' | 'platform';

export interface ToolPolicy {
  access: ToolAccess;
  /** Safe to run twice: only idempotent tools are retried. */
  idempotent: boolean;
  /** Budget of one attempt; the call's deadline caps it further. */
  timeoutMs: number;
  /** Read-through cache when set (seconds). */
  cacheTtlSeconds?: number;
  /** Tags for invalidation (`invalidate(companyId, tag)`), computed from the params. */
  cacheTags?: (params: never) => string[];
  /** Serve the last good value when upstream fails; never for availability or anything a booking relies on. */
  staleOnError?: boolean;
  /** Served to voice agents and MCP clients under its bare name. */
  exposed?: boolean;
}

export interface ToolOptions extends ToolPolicy {
  /** Bare name, unique within its server: `check_availability`. */
  name: string;
  description: string;
  /** class-validator DTO: the input is validated against it and its JSON Schema published. */
  input: Type<object>;
}

/** The caller as the orchestrator sees it. */
export interface ToolPrincipal {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  role: 'super_admin' | 'ops' | 'company_admin' | 'system';
  /** Set for company admins and API keys: the one company they may act for. */
  companyId: string | null;
}

export const SYSTEM_PRINCIPAL: ToolPrincipal = { kind: 'system', id: 'system', role: 'system', companyId: null };

export interface ToolContext {
  principal: ToolPrincipal;
  /** The tenant the call acts for (null: platform-wide, e.g. tenant resolution itself). */
  companyId: string | null;
  requestId?: string;
  /** Retell call id, when the call is made on behalf of a phone call (written to tool_calls). */
  callId?: string;
  /** Epoch ms by which the whole request must be answered; child calls inherit it. */
  deadline: number;
  /** Aborted when the deadline passes or the attempt times out. */
  signal: AbortSignal;
  /** Set on child calls of a composite tool: they share the parent's tenant slot. */
  parent?: { server: string; tool: string };
  /**
   * Identifies the vendor credential in use (hash of the key), so one company's bad key opens only its own
   * breaker and buckets are per key. Defaults to the company id.
   */
  credential?: string;
}

/** What a tool handler receives and returns. */
export type ToolHandler = (params: object, context: ToolContext) => Promise<unknown>;
