import { Module } from '@nestjs/common';
import { BillingModule } from 'src/billing/billing.module';
import { WebhookModule } from 'src/mcp-servers/webhook/webhook.module';
import { TenancyModule } from 'src/tenancy/tenancy.module';
import { CallImportService } from './call-import.service';
import { CallRecorder } from './call-recorder.service';
import { InboundCallController } from './inbound.controller';
import { RetellEventsProcessor } from './retell-events.processor';

/** Retell events → call records, and the call import: in every role (workers process the inbox). */
@Module({
  imports: [WebhookModule, TenancyModule, BillingModule],
  providers: [CallRecorder, RetellEventsProcessor, CallImportService],
  exports: [CallImportService],
})
export class CallsModule {}

/** The inbound-call webhook: API instances only. */
@Module({ imports: [CallsModule, WebhookModule], controllers: [InboundCallController] })
export class CallsHttpModule {}
