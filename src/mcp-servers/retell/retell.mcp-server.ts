import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, Repository } from 'typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { McpServer, McpServerHealth, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { toE164 } from 'src/platform/phone/phone';
import { GetAgentInput, GetCallInput, ListCallsInput, NoInput } from './dto/retell.dto';
import { RetellClient, RetellKey } from './retell.client';
import {
  toCall,
  type RetellAgent,
  type RetellCall,
  type RetellCallObject,
  type RetellCallPage,
  type RetellPage,
} from './retell.types';

export type SyncOutcome = 'created' | 'updated' | 'skipped' | 'failed';

export interface SyncPhoneNumbersResult {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  numbers: { number: string; outcome: SyncOutcome; reason?: string; branchId?: string }[];
}

/**
 * Retell (vendor-wire-formats §3) as tools. A company's own key sees its own workspace. On the platform
 * workspace key (RETELL_API_KEY, shared by every company without a key) every answer is limited to the
 * agents the calling company uses on its branches and numbers (DESIGN §3: a platform-wide account is
 * filtered to the calling company).
 */
@Injectable()
@McpServer('retell')
export class RetellMcpServer implements McpServerHealth {
  constructor(
    private readonly client: RetellClient,
    private readonly credentials: CredentialsService,
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    @InjectRepository(PhoneNumber) private readonly phoneNumbers: Repository<PhoneNumber>,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
  ) {}

  @Tool({
    name: 'list_agents',
    description: "The company's Retell agents (on the shared workspace: those its branches and numbers use).",
    input: NoInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 10_000,
  })
  async listAgents(_input: NoInput, ctx: ToolContext): Promise<{ items: RetellAgent[]; total: number }> {
    const { companyId, key } = await this.keyOf(ctx);
    let items = await this.client.listAgents(key, this.options(ctx));
    if (key.source === 'platform') {
      const own = await this.agentIdsOf(companyId);
      items = items.filter((a) => own.has(a.agentId));
    }
    return { items, total: items.length };
  }

  @Tool({
    name: 'get_agent',
    description: 'One Retell agent by id.',
    input: GetAgentInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 10_000,
  })
  async getAgent(input: GetAgentInput, ctx: ToolContext): Promise<RetellAgent> {
    const { companyId, key } = await this.keyOf(ctx);
    // On the shared workspace, another company's agent does not exist for this caller: not even a request.
    if (key.source === 'platform' && !(await this.agentIdsOf(companyId)).has(input.agentId)) {
      throw AppError.notFound('Retell agent');
    }
    return this.client.getAgent(key, input.agentId, this.options(ctx));
  }

  @Tool({
    name: 'get_call',
    description: 'One Retell call by id: status, numbers, times, disconnection reason and summary.',
    input: GetCallInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 10_000,
  })
  async getCall(input: GetCallInput, ctx: ToolContext): Promise<RetellCall> {
    const { companyId, key } = await this.keyOf(ctx);
    const call = await this.client.getCall(key, input.callId, this.options(ctx));
    if (key.source === 'platform' && !(await this.agentIdsOf(companyId)).has(call.agentId)) {
      throw AppError.notFound('Retell call');
    }
    return call;
  }

  @Tool({
    name: 'list_calls',
    description: 'Retell calls, newest first, one page at a time (pass nextPaginationKey to continue).',
    input: ListCallsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 30_000,
  })
  async listCalls(input: ListCallsInput, ctx: ToolContext): Promise<RetellCallPage> {
    const page = await this.callObjects(input, ctx);
    return { ...page, items: page.items.map(toCall) };
  }

  /** For the call import: the same page, as whole call objects (transcripts included) that records are built from. */
  @Tool({
    name: 'list_call_records',
    description: 'Retell calls as complete call objects (transcript, analysis, cost), newest first, for import.',
    input: ListCallsInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 30_000,
  })
  listCallRecords(input: ListCallsInput, ctx: ToolContext): Promise<RetellPage<RetellCallObject>> {
    return this.callObjects(input, ctx);
  }

  private async callObjects(input: ListCallsInput, ctx: ToolContext): Promise<RetellPage<RetellCallObject>> {
    const { companyId, key } = await this.keyOf(ctx);
    let agentIds = input.agentId ? [input.agentId] : undefined;
    if (key.source === 'platform') {
      const own = await this.agentIdsOf(companyId);
      agentIds = (agentIds ?? [...own]).filter((id) => own.has(id));
      if (!agentIds.length) return { items: [], hasMore: false, nextPaginationKey: null };
    }
    const page = await this.client.listCallObjects(
      key,
      {
        agentIds,
        limit: input.limit ?? 20,
        paginationKey: input.paginationKey,
        sortOrder: input.sortOrder ?? 'descending',
      },
      this.options(ctx),
    );
    if (agentIds) {
      // Retell filters by agent already; checked again, so a filter Retell ignored cannot leak a call.
      const allowed = new Set(agentIds);
      page.items = page.items.filter((c) => allowed.has(c.agent_id));
    }
    return page;
  }

  @Tool({
    name: 'sync_phone_numbers',
    description:
      "Imports the workspace's Retell numbers onto the branches whose agent answers them (inbound agent = the branch's Retell agent).",
    input: NoInput,
    access: 'tenant-write',
    idempotent: true,
    timeoutMs: 30_000,
  })
  async syncPhoneNumbers(_input: NoInput, ctx: ToolContext): Promise<SyncPhoneNumbersResult> {
    const { companyId, key } = await this.keyOf(ctx);
    const company = await this.companies.findOneBy({ id: companyId });
    if (!company) throw AppError.notFound('Company');
    const branches = await this.branches.find({ where: { companyId, retellAgentId: Not(IsNull()) } });
    const byAgent = new Map<string, Branch[]>();
    for (const branch of branches)
      byAgent.set(branch.retellAgentId!, [...(byAgent.get(branch.retellAgentId!) ?? []), branch]);

    const remote = await this.client.listPhoneNumbers(key, this.options(ctx));
    const result: SyncPhoneNumbersResult = { created: 0, updated: 0, skipped: 0, failed: 0, numbers: [] };
    const record = (number: string, outcome: SyncOutcome, reason?: string, branchId?: string): void => {
      result[outcome]++;
      result.numbers.push({ number, outcome, ...(reason ? { reason } : {}), ...(branchId ? { branchId } : {}) });
    };

    for (const entry of remote) {
      const matches = entry.inboundAgentId ? (byAgent.get(entry.inboundAgentId) ?? []) : [];
      if (!matches.length) {
        record(entry.number, 'skipped', 'no branch uses its inbound agent');
        continue;
      }
      const number = toE164(entry.number, company.country);
      if (!number) {
        record(entry.number, 'failed', 'not a valid phone number');
        continue;
      }
      if (matches.length > 1) {
        record(number, 'failed', 'several branches use its inbound agent');
        continue;
      }
      const branch = matches[0];
      try {
        record(number, ...(await this.upsert(companyId, branch, number, entry.nickname)));
      } catch (err) {
        // A concurrent insert of the same number (unique among live rows) is a counted failure; anything else
        // (the database gone) is not swallowed.
        if ((err as { driverError?: { code?: string } }).driverError?.code !== '23505') throw err;
        record(number, 'failed', 'registered concurrently');
      }
    }
    return result;
  }

  @Tool({
    name: 'test_connection',
    description: 'Checks the Retell key the company uses (its own, or the platform workspace key).',
    input: NoInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 10_000,
  })
  async testConnection(_input: NoInput, ctx: ToolContext): Promise<{ ok: true; keySource: 'company' | 'platform' }> {
    const { companyId, key } = await this.keyOf(ctx);
    try {
      await this.client.listAgents(key, this.options(ctx));
    } catch (err) {
      if (key.source === 'company' && err instanceof AppError) {
        await this.credentials.recordTest(companyId, 'retell', false, err.message);
      }
      throw err;
    }
    if (key.source === 'company')
      await this.credentials.recordTest(companyId, 'retell', true, 'Retell accepted the key');
    return { ok: true, keySource: key.source };
  }

  async healthCheck(): Promise<{ ok: boolean; detail?: string }> {
    // Keys are per company (test_connection checks one); the breaker shows vendor trouble. No call from here.
    return {
      ok: true,
      detail: this.client.hasPlatformKey ? 'per-company keys, platform workspace key set' : 'per-company keys',
    };
  }

  private async upsert(
    companyId: string,
    branch: Branch,
    number: string,
    nickname: string | null,
  ): Promise<[SyncOutcome, string | undefined, string]> {
    const existing = await this.phoneNumbers.findOneBy({ number });
    if (existing && existing.companyId !== companyId) return ['failed', 'in use by another company', branch.id];
    if (!existing) {
      await this.phoneNumbers.insert({
        companyId,
        branchId: branch.id,
        number,
        retellAgentId: branch.retellAgentId,
        label: nickname?.slice(0, 200) ?? null,
        isActive: true,
      });
      return ['created', undefined, branch.id];
    }
    if (existing.branchId === branch.id && existing.retellAgentId === branch.retellAgentId) {
      return ['skipped', 'already up to date', branch.id];
    }
    await this.phoneNumbers.update(
      { id: existing.id, companyId },
      { branchId: branch.id, retellAgentId: branch.retellAgentId },
    );
    return ['updated', undefined, branch.id];
  }

  /** The agents a company uses: on its branches and on its numbers. */
  private async agentIdsOf(companyId: string): Promise<Set<string>> {
    const [branches, numbers] = await Promise.all([
      this.branches.find({ select: { retellAgentId: true }, where: { companyId, retellAgentId: Not(IsNull()) } }),
      this.phoneNumbers.find({ select: { retellAgentId: true }, where: { companyId, retellAgentId: Not(IsNull()) } }),
    ]);
    return new Set([...branches, ...numbers].map((row) => row.retellAgentId!));
  }

  private async keyOf(ctx: ToolContext): Promise<{ companyId: string; key: RetellKey }> {
    if (!ctx.companyId) throw AppError.invalid('companyId', 'isDefined', 'Retell tools act for a company');
    return { companyId: ctx.companyId, key: await this.client.keyFor(ctx.companyId) };
  }

  /** The attempt is bounded by the orchestrator (signal); the HTTP timeout only by what is left of the deadline. */
  private options(ctx: ToolContext): { signal: AbortSignal; timeoutMs: number } {
    return { signal: ctx.signal, timeoutMs: Math.max(1, ctx.deadline - Date.now()) };
  }
}
