import { Module } from '@nestjs/common';
import { WebhookModule } from 'src/mcp-servers/webhook/webhook.module';
import { BookingService } from './booking.service';
import { CalcomEventsProcessor } from './calcom-events.processor';
import { CallbacksService } from './callbacks.service';

/**
 * The booking flow used by voice tools, callback requests, and appointments kept in step with Cal.com's
 * booking events (in every role: workers process the inbox).
 */
@Module({
  imports: [WebhookModule],
  providers: [CalcomEventsProcessor, BookingService, CallbacksService],
  exports: [BookingService, CallbacksService],
})
export class BookingModule {}
