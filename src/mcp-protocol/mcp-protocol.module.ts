import { Module } from '@nestjs/common';
import { McpController } from './mcp.controller';
import { McpProtocolService } from './mcp-protocol.service';

/**
 * `/mcp`, the Model Context Protocol endpoint over the `voice` tools: API instances only. The orchestrator
 * and the tool registry are global (OrchestratorModule); the voice server registers itself wherever tools run.
 */
@Module({ controllers: [McpController], providers: [McpProtocolService] })
export class McpProtocolModule {}
