import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Service } from 'src/mcp-servers/directory/entities/service.entity';
import { CalcomClient } from './calcom.client';
import { CalcomMcpServer } from './calcom.mcp-server';

/** Cal.com API v2: the client and the `calcom` server; the orchestrator's registry finds the server. */
@Module({
  imports: [TypeOrmModule.forFeature([Service])],
  providers: [CalcomClient, CalcomMcpServer],
  exports: [CalcomClient],
})
export class CalcomModule {}
