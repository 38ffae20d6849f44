import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Branch } from 'src/mcp-servers/directory/entities/branch.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PhoneNumber } from 'src/mcp-servers/directory/entities/phone-number.entity';
import { RetellClient } from './retell.client';
import { RetellMcpServer } from './retell.mcp-server';

/** The Retell integration: its client and its tools (the orchestrator's registry discovers the server). */
@Module({
  imports: [TypeOrmModule.forFeature([Branch, PhoneNumber, Company])],
  providers: [RetellClient, RetellMcpServer],
  exports: [RetellClient],
})
export class RetellModule {}
