import { Injectable } from '@nestjs/common';
import type { ResolvedNumber } from 'src/mcp-servers/directory/directory.mcp-server';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { toE164 } from 'src/platform/phone/phone';
import { MESSAGES, type Locale, type Messages } from './messages';

/** Everything a voice tool knows about where and for whom it answers. */
export interface VoiceSession {
  ctx: ToolContext;
  tenant: ResolvedNumber;
  locale: Locale;
  say: Messages;
  timeZone: string;
  now: Date;
  /** The caller in E.164 (the call's other party, or the MCP client's `phone`), null when unknown. */
  callerPhone: string | null;
  /** Retell call id, when the tool runs for a phone call. */
  retellCallId: string | null;
}

/**
 * Builds the session of a voice tool call through the directory (child calls, cached): the branch of the
 * dialled number, else the company's main number (MCP clients name none).
 */
@Injectable()
export class VoiceSessions {
  constructor(private readonly orchestrator: McpOrchestrator) {}

  async open(
    ctx: ToolContext,
    input: { calledNumber?: string; phone?: string; callId?: string },
  ): Promise<VoiceSession> {
    const number =
      input.calledNumber ??
      (await this.orchestrator.executeChild<{ number: string }>('directory', 'main_number', {}, ctx)).number;
    const tenant = await this.orchestrator.executeChild<ResolvedNumber>(
      'directory',
      'resolve_phone_number',
      { number },
      ctx,
    );
    const locale = tenant.company.locale === 'en' ? 'en' : 'de';
    return {
      ctx,
      tenant,
      locale,
      say: MESSAGES[locale],
      timeZone: tenant.branch.timezone,
      now: new Date(),
      callerPhone: input.phone ? toE164(input.phone, tenant.company.country) : null,
      retellCallId: input.callId ?? ctx.callId ?? null,
    };
  }
}
