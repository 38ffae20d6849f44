import { Injectable } from '@nestjs/common';
import { DirectoryCompanyLookup } from 'src/mcp-servers/directory/directory-cache';
import type { ResolvedAgent, ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';

/** The numbers and agent of a Retell call (or inbound-call request), as Retell sends them. */
export interface CallParties {
  direction?: string | null;
  fromNumber?: string | null;
  toNumber?: string | null;
  agentId?: string | null;
}

export interface CallTenant {
  companyId: string;
  branchId: string | null;
  /** The other party: the caller of an inbound call, the callee of an outbound one (null for web calls). */
  customerNumber: string | null;
  /** The full resolution when the company's number was known. */
  resolved: ResolvedNumber | null;
}

/**
 * Tenant resolution (DESIGN §2 `src/tenancy/`): the company's number of a call — `to_number` inbound,
 * `from_number` outbound — through the directory, else the agent (web calls have no numbers). Runs as the
 * system principal: no tenant quota, and never guesses — unknown is null, never another company.
 */
@Injectable()
export class TenantResolver {
  constructor(
    private readonly orchestrator: McpOrchestrator,
    private readonly companies: DirectoryCompanyLookup,
  ) {}

  async resolveNumber(number: string): Promise<ResolvedNumber | null> {
    return this.orNull(
      this.orchestrator.execute<ResolvedNumber>('directory', 'resolve_phone_number', { number }, SYSTEM),
    );
  }

  async resolveCall(call: CallParties): Promise<CallTenant | null> {
    const own = call.direction === 'outbound' ? call.fromNumber : call.toNumber;
    const other = otherPartyOf(call);
    const resolved = own ? await this.resolveNumber(own) : null;
    if (resolved) {
      return { companyId: resolved.company.id, branchId: resolved.branch.id, customerNumber: other, resolved };
    }
    if (!call.agentId) return null;
    const agent = await this.orNull(
      this.orchestrator.execute<ResolvedAgent>('directory', 'resolve_agent', { agentId: call.agentId }, SYSTEM),
    );
    return agent
      ? { companyId: agent.companyId, branchId: agent.branchId, customerNumber: other, resolved: null }
      : null;
  }

  /**
   * Only the company of a call, by the same rules as `resolveCall` (the company's number, else the agent) and
   * from the same invalidated cache, but through the directory's lean lookup: no orchestrator round (input
   * validation, interceptors) and no branch, services or staff. For webhook ingest, which needs no more than
   * the company to choose the signing key and to stamp the stored row.
   */
  async companyOfCall(call: CallParties): Promise<string | null> {
    const own = call.direction === 'outbound' ? call.fromNumber : call.toNumber;
    const byNumber = own ? await this.companies.ofNumber(own) : null;
    if (byNumber) return byNumber;
    return call.agentId ? this.companies.ofAgent(call.agentId) : null;
  }

  /**
   * The tenant of a call already known to be `companyId`'s (it signed the event, or the list was the
   * company's): resolution adds branch and customer, and a resolution to another company (a number that
   * moved since) changes nothing but the branch, which is then unknown.
   */
  async resolveCallFor(companyId: string, call: CallParties): Promise<CallTenant> {
    const tenant = await this.resolveCall(call);
    return tenant?.companyId === companyId
      ? tenant
      : { companyId, branchId: null, customerNumber: otherPartyOf(call), resolved: null };
  }

  /** NOT_FOUND and unreadable input (a malformed number) mean "no company"; anything else is a real failure. */
  private async orNull<T>(lookup: Promise<T>): Promise<T | null> {
    try {
      return await lookup;
    } catch (err) {
      const code = toToolError(err).code;
      if (code === 'NOT_FOUND' || code === 'INVALID_INPUT') return null;
      throw err;
    }
  }
}

const SYSTEM = { principal: SYSTEM_PRINCIPAL, companyId: null };

/** The parties of a Retell call object (snake_case, §1.3); a field of another type counts as absent. */
export function callPartiesOf(call: Record<string, unknown>): CallParties {
  const str = (value: unknown) => (typeof value === 'string' && value ? value : null);
  return {
    direction: str(call.direction),
    fromNumber: str(call.from_number),
    toNumber: str(call.to_number),
    agentId: str(call.agent_id),
  };
}

/** The customer's side: the caller of an inbound call, the callee of an outbound one. */
export function otherPartyOf(call: CallParties): string | null {
  return (call.direction === 'outbound' ? call.toNumber : call.fromNumber) ?? null;
}
