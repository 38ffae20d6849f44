import { Module } from '@nestjs/common';
import { WebhookModule } from 'src/mcp-servers/webhook/webhook.module';
import { LedgerService } from './ledger.service';
import { StripeEventsProcessor } from './stripe-events.processor';

/** The prepaid ledger and the Stripe events that move it. */
@Module({ imports: [WebhookModule], providers: [LedgerService, StripeEventsProcessor], exports: [LedgerService] })
export class BillingModule {}
