import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { McpServer, McpServerHealth, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { ContextForCallInput, KnowledgeSearchInput } from './dto/knowledge-tools.dto';
import { KnowledgeSearchService } from './knowledge-search.service';

/** Cache tag of every knowledge tool result; document changes call `invalidate(companyId, KNOWLEDGE_TAG)`. */
export const KNOWLEDGE_TAG = 'knowledge';

/** Documents tagged so are the agent's standing context when a call asks nothing specific. */
export const AI_CONTEXT_TAG = 'ai-context';

const DEFAULT_CONTEXT_CHARS = 2000;
const MAX_PASSAGES = 6;
/** A passage shorter than this is not worth the agent's attention: stop instead. */
const MIN_PASSAGE_CHARS = 80;

export interface KnowledgeSearchResult {
  items: { id: string; title: string; score: number; snippet: string; tags: string[]; updatedAt: string }[];
}

export interface CallContext {
  passages: { documentId: string; title: string; text: string }[];
  /** Characters used of the budget (passages' text). */
  chars: number;
  source: 'question' | 'standing';
}

/** The company's knowledge base (PostgreSQL full-text and trigram search). Only published documents reach callers. */
@Injectable()
@McpServer('knowledge')
export class KnowledgeMcpServer implements McpServerHealth {
  constructor(
    private readonly searchService: KnowledgeSearchService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Tool({
    name: 'search',
    description: "Searches the company's published knowledge documents; ranked hits with highlighted snippets.",
    input: KnowledgeSearchInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
    cacheTtlSeconds: 300,
    cacheTags: () => [KNOWLEDGE_TAG],
  })
  async search(input: KnowledgeSearchInput, context: ToolContext): Promise<KnowledgeSearchResult> {
    const hits = await this.searchService.search(companyOf(context), input.query, { limit: input.limit ?? 5 });
    return {
      items: hits.map((h) => ({
        id: h.id,
        title: h.title,
        score: h.score,
        snippet: h.snippet,
        tags: h.tags,
        updatedAt: h.updatedAt,
      })),
    };
  }

  /**
   * The few passages an agent needs, within `maxChars`: the best hits for the question (any of its words), or
   * without a question (or no hit) the documents tagged `ai-context`, newest first. Plain text, no markup.
   */
  @Tool({
    name: 'context_for_call',
    description: 'The knowledge passages a voice agent needs for a call or a question, within a size budget.',
    input: ContextForCallInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 3000,
    cacheTtlSeconds: 300,
    cacheTags: () => [KNOWLEDGE_TAG],
  })
  async contextForCall(input: ContextForCallInput, context: ToolContext): Promise<CallContext> {
    const companyId = companyOf(context);
    const budget = input.maxChars ?? DEFAULT_CONTEXT_CHARS;
    let source: CallContext['source'] = 'question';
    let docs: { id: string; title: string; content: string }[] = input.question
      ? await this.searchService.search(companyId, input.question, { limit: MAX_PASSAGES, match: 'any' })
      : [];
    if (!docs.length) {
      source = 'standing';
      docs = await this.dataSource.query(
        `SELECT id, title, content FROM knowledge_documents
          WHERE company_id = $1 AND status = 'published'
          ORDER BY ($2 = ANY(tags)) DESC, updated_at DESC, id LIMIT ${MAX_PASSAGES}`,
        [companyId, AI_CONTEXT_TAG],
      );
    }
    // Each passage gets a fair share, so one long document cannot crowd out the rest.
    const share = Math.max(MIN_PASSAGE_CHARS * 3, Math.floor(budget / Math.min(docs.length || 1, 3)));
    const passages: CallContext['passages'] = [];
    let used = 0;
    for (const doc of docs) {
      const room = Math.min(budget - used, share);
      if (room < MIN_PASSAGE_CHARS) break;
      const text = clip(`${doc.title}: ${doc.content.replace(/\s+/g, ' ').trim()}`, room);
      passages.push({ documentId: doc.id, title: doc.title, text });
      used += text.length;
    }
    return { passages, chars: used, source };
  }

  async healthCheck(): Promise<{ ok: boolean }> {
    await this.dataSource.query('SELECT 1');
    return { ok: true };
  }
}

function companyOf(context: ToolContext): string {
  if (!context.companyId) throw AppError.invalid('companyId', 'isDefined', 'This tool acts for a company');
  return context.companyId;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
