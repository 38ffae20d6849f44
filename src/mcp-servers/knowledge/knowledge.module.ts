import { Module } from '@nestjs/common';
import { KnowledgeSearchService } from './knowledge-search.service';
import { KnowledgeMcpServer } from './knowledge.mcp-server';

/** The `knowledge` server and its search, which the portal's knowledge routes share. */
@Module({
  providers: [KnowledgeMcpServer, KnowledgeSearchService],
  exports: [KnowledgeSearchService],
})
export class KnowledgeModule {}
