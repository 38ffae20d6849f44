import { Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from 'src/auth/decorators';
import { RetellWebhookAuth } from 'src/mcp-servers/webhook/retell-webhook-auth.service';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { ToolRegistry } from 'src/orchestrator/tool-registry.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { SYSTEM_PRINCIPAL } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { isObject } from 'src/platform/json';
import { callPartiesOf } from 'src/tenancy/tenant-resolver.service';
import { MESSAGES } from './messages';
import { voiceBudgetMs, type VoiceResult } from './voice.mcp-server';

type RawRequest = Request & { rawBody?: Buffer };

/** Retell hands the answer to the model as a string of at most 15,000 characters (vendor-wire-formats §2.1). */
const MAX_ANSWER_CHARS = 15_000;
/** Slack on top of a tool's budget for the orchestrator's deadline: the tool answers by its budget itself. */
const DEADLINE_SLACK_MS = 200;

/**
 * Retell's custom-function calls (vendor-wire-formats §2.1): `{name, call, args}`, signed like webhooks. The
 * tenant comes from the call (company number, else agent). Once verified, the answer is always 200 with a
 * JSON object — `{ok: false, message}` for every tool error — since Retell treats a non-2xx as a failed
 * function and the agent would be left without words.
 */
@ApiExcludeController()
@Public()
@Controller()
export class RetellFunctionsController {
  constructor(
    private readonly retellAuth: RetellWebhookAuth,
    private readonly orchestrator: McpOrchestrator,
    private readonly registry: ToolRegistry,
  ) {}

  @Post('api/mcp/retell/functions/:tool')
  @HttpCode(200)
  byPath(
    @Req() req: RawRequest,
    @Param('tool') tool: string,
    @Headers('x-retell-signature') signature?: string,
  ): Promise<VoiceResult> {
    return this.call(req, signature, () => tool);
  }

  /** The predecessor's single endpoints, dispatching by the function's `name`. */
  @Post(['api/retell/function-call', 'api/webhooks/retell/function'])
  @HttpCode(200)
  byName(@Req() req: RawRequest, @Headers('x-retell-signature') signature?: string): Promise<VoiceResult> {
    return this.call(req, signature, (body) => (typeof body.name === 'string' ? body.name : ''));
  }

  private async call(
    req: RawRequest,
    signature: string | undefined,
    toolOf: (body: Record<string, unknown>) => string,
  ): Promise<VoiceResult> {
    const started = Date.now();
    if (!req.rawBody?.length) throw AppError.invalid('body', 'isNotEmpty', 'A JSON body is required');
    const body = isObject(req.body) ? req.body : {};
    const call = isObject(body.call) ? body.call : {};
    const parties = callPartiesOf(call);
    const tenant = await this.retellAuth.verify(req.rawBody, signature, parties, started);
    const tool = toolOf(body);
    const definition = this.registry.list().find((t) => t.server === 'voice' && t.name === tool && t.exposed);
    if (!definition) throw AppError.notFound(`Function ${tool.slice(0, 64)}`);
    if (!tenant) return { ok: false, message: MESSAGES.de.notConfigured, error: 'NOT_CONFIGURED' };
    const args = isObject(body.args) ? body.args : {};
    const outbound = parties.direction === 'outbound';
    // What the call object says wins over what the model put into the arguments.
    const params = {
      ...args,
      calledNumber: (outbound ? parties.fromNumber : parties.toNumber) ?? undefined,
      phone: tenant.customerNumber ?? undefined,
      callId: typeof call.call_id === 'string' ? call.call_id : undefined,
    };
    try {
      const result = await this.orchestrator.execute<VoiceResult>('voice', tool, params, {
        principal: { ...SYSTEM_PRINCIPAL, id: 'retell' },
        companyId: tenant.companyId,
        callId: params.callId,
        deadline: started + voiceBudgetMs(tool) + DEADLINE_SLACK_MS,
      });
      return fit(result);
    } catch (err) {
      // Only input validation gets here (the tools answer every other failure themselves).
      const error = toToolError(err);
      const field = error.details[0]?.field;
      return { ok: false, message: MESSAGES[tenant.resolved?.company.locale ?? 'de'].error, error: error.code, field };
    }
  }
}

/** Keeps the answer under Retell's limit: long lists are cut, the sentence stays. */
function fit(result: VoiceResult): VoiceResult {
  if (JSON.stringify(result).length <= MAX_ANSWER_CHARS) return result;
  const trimmed: VoiceResult = { ok: result.ok, message: result.message.slice(0, 2000), truncated: true };
  return JSON.stringify(trimmed).length <= MAX_ANSWER_CHARS ? trimmed : { ok: result.ok, message: '' };
}
