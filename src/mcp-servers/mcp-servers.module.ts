import { Module } from '@nestjs/common';

/** Every integration server module; the orchestrator's registry discovers their @McpServer providers. */
@Module({ imports: [] })
export class McpServersModule {}
