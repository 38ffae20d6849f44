import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from 'src/auth/decorators';
import type { CustomerView, ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { RetellWebhookAuth } from 'src/mcp-servers/webhook/retell-webhook-auth.service';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { describeBusinessHours } from 'src/tenancy/business-hours';
import { callPartiesOf } from 'src/tenancy/tenant-resolver.service';

export interface InboundResponse {
  call_inbound: {
    override_agent_id?: string;
    dynamic_variables?: Record<string, string>;
    metadata?: { companyId: string; branchId: string };
  };
}

/**
 * Retell's inbound-call webhook (vendor-wire-formats §2.2), fired while the phone rings: which agent answers
 * and what it knows (company, branch, hours, services, the caller). Reads only cached directory data, so it
 * answers in milliseconds. An unknown number gets `{call_inbound: {}}` — Retell's default agent — never
 * another company's.
 */
@ApiExcludeController()
@Public()
@Controller()
export class InboundCallController {
  constructor(
    private readonly retellAuth: RetellWebhookAuth,
    private readonly orchestrator: McpOrchestrator,
  ) {}

  @Post('api/mcp/retell/inbound')
  @HttpCode(200)
  async inbound(
    @Req() req: Request & { rawBody?: Buffer },
    @Headers('x-retell-signature') signature?: string,
  ): Promise<InboundResponse> {
    const startedAt = Date.now();
    const body = (req.body ?? {}) as { call_inbound?: Record<string, unknown> };
    if (!req.rawBody?.length) throw AppError.invalid('body', 'isNotEmpty', 'A JSON body is required');
    const inbound = typeof body.call_inbound === 'object' && body.call_inbound !== null ? body.call_inbound : {};
    const parties = callPartiesOf({ ...inbound, direction: 'inbound' });
    const tenant = await this.retellAuth.verify(req.rawBody, signature, parties, startedAt);
    if (!parties.toNumber) throw AppError.invalid('call_inbound.to_number', 'isString', 'to_number is required');
    if (!tenant?.resolved) return { call_inbound: {} };
    const resolved = tenant.resolved;
    const agent = resolved.phoneNumber.retellAgentId ?? resolved.branch.retellAgentId;
    const callerName = parties.fromNumber ? await this.callerName(resolved.company.id, parties.fromNumber) : null;
    return {
      call_inbound: {
        ...(agent ? { override_agent_id: agent } : {}),
        dynamic_variables: dynamicVariables(resolved, parties.fromNumber ?? null, callerName),
        metadata: { companyId: resolved.company.id, branchId: resolved.branch.id },
      },
    };
  }

  /** Best effort: the call goes on without a name when the lookup fails. */
  private async callerName(companyId: string, phone: string): Promise<string | null> {
    try {
      const { customer } = await this.orchestrator.execute<{ customer: CustomerView | null }>(
        'directory',
        'find_customer',
        { phone },
        { principal: SYSTEM_PRINCIPAL, companyId, deadline: Date.now() + 1000 },
      );
      return customer?.name ?? null;
    } catch {
      return null;
    }
  }
}

/** What the agent knows from the first word (all strings, as Retell requires). */
export function dynamicVariables(
  resolved: ResolvedNumber,
  callerNumber: string | null,
  callerName: string | null,
  now: Date = new Date(),
): Record<string, string> {
  const locale = resolved.company.locale;
  const timeZone = resolved.branch.timezone;
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  return {
    company_name: resolved.company.name,
    branch_name: resolved.branch.name,
    caller_number: callerNumber ?? '',
    ...(callerName ? { caller_name: callerName } : {}),
    business_hours: describeBusinessHours(resolved.branch.businessHours, locale),
    services_available: resolved.services.map((s) => s.name).join(', '),
    timezone: timeZone,
    current_date: new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'full' }).format(now),
    current_time: new Intl.DateTimeFormat(tag, { timeZone, hour: '2-digit', minute: '2-digit' }).format(now),
  };
}
