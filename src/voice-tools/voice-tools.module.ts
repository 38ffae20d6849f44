import { Module } from '@nestjs/common';
import { BookingModule } from 'src/booking/booking.module';
import { WebhookModule } from 'src/mcp-servers/webhook/webhook.module';
import { RetellFunctionsController } from './retell-functions.controller';
import { VoiceMcpServer } from './voice.mcp-server';
import { VoiceSessions } from './voice-session';

/** The `voice` server: in every role (the orchestrator registry must know it wherever tools run). */
@Module({ imports: [BookingModule], providers: [VoiceMcpServer, VoiceSessions] })
export class VoiceToolsModule {}

/** Retell's function-call endpoint: API instances only. */
@Module({ imports: [VoiceToolsModule, WebhookModule], controllers: [RetellFunctionsController] })
export class VoiceToolsHttpModule {}
