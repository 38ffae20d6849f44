import { Module } from '@nestjs/common';
import { CalcomModule } from './calcom/calcom.module';
import { DirectoryModule } from './directory/directory.module';
import { KnowledgeModule } from './knowledge/knowledge.module';
import { RetellModule } from './retell/retell.module';
import { StripeModule } from './stripe/stripe.module';
import { WebhookModule } from './webhook/webhook.module';

/** Every integration server module; the orchestrator's registry discovers their @McpServer providers. */
@Module({ imports: [CalcomModule, DirectoryModule, KnowledgeModule, RetellModule, StripeModule, WebhookModule] })
export class McpServersModule {}
