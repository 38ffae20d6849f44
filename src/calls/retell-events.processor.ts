import { Injectable, OnModuleInit } from '@nestjs/common';
import type { WebhookEvent } from 'src/mcp-servers/webhook/webhook-event.entity';
import { ProcessOutcome, WebhookInboxService } from 'src/mcp-servers/webhook/webhook-inbox.service';
import { callPartiesOf, TenantResolver } from 'src/tenancy/tenant-resolver.service';
import { CallRecorder } from './call-recorder.service';

/** Retell call events from the inbox → call records (and, when a call ends, its charge). */
@Injectable()
export class RetellEventsProcessor implements OnModuleInit {
  constructor(
    private readonly inbox: WebhookInboxService,
    private readonly tenants: TenantResolver,
    private readonly recorder: CallRecorder,
  ) {}

  onModuleInit(): void {
    this.inbox.register('retell', (event) => this.process(event));
  }

  async process(event: WebhookEvent): Promise<ProcessOutcome> {
    const { call } = event.payload as { call: Record<string, unknown> };
    const parties = callPartiesOf(call);
    // The company that signed the event wins: a number moved to another company since then changes nothing.
    const tenant = event.companyId
      ? await this.tenants.resolveCallFor(event.companyId, parties)
      : await this.tenants.resolveCall(parties);
    if (!tenant) return 'ignored'; // no company uses this number or agent
    const result = await this.recorder.record(tenant, call, event.eventType);
    return result.call ? 'processed' : 'ignored';
  }
}
