import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TenancyModule } from 'src/tenancy/tenancy.module';
import { RetellWebhookAuth } from './retell-webhook-auth.service';
import { WebhookEvent } from './webhook-event.entity';
import { WebhookEventsQuery } from './webhook-events-query.service';
import { WebhookInboxService } from './webhook-inbox.service';
import { WebhookIngestController } from './webhook-ingest.controller';
import { WebhookMcpServer } from './webhook.mcp-server';
import { WebhookSweeper } from './webhook-sweeper.service';

/** The inbox, its processing jobs, sweeper and tools: in every role (workers process, APIs ingest). */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEvent]), TenancyModule],
  providers: [WebhookInboxService, WebhookEventsQuery, WebhookSweeper, WebhookMcpServer, RetellWebhookAuth],
  exports: [WebhookInboxService, WebhookEventsQuery, RetellWebhookAuth],
})
export class WebhookModule {}

/** The ingest endpoints: API instances only. */
@Module({ imports: [WebhookModule], controllers: [WebhookIngestController] })
export class WebhookHttpModule {}
