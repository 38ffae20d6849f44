import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { KnowledgeStatus } from './knowledge-document.entity';

/**
 * Folds text as the trigram index does (migration KnowledgeTrigram): umlauts → ae/oe/ue, ß → ss, lower case.
 * Must stay character for character the index expression, or PostgreSQL cannot use the index.
 */
export const foldSql = (expr: string): string =>
  `lower(replace(replace(replace(replace(replace(replace(replace(${expr}, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'))`;

/** The same folding in JavaScript, for queries. */
export function fold(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

const DOC_TEXT = foldSql(`d."title" || ' ' || d."content"`);
const DOC_TITLE = foldSql(`d."title"`);
const MARK_START = '<mark>';
const MARK_END = '</mark>';

export interface SearchHit {
  id: string;
  title: string;
  language: 'de' | 'en';
  status: KnowledgeStatus;
  tags: string[];
  /** Higher is better: full-text rank (title weighs more than content) plus trigram similarity. */
  score: number;
  /** An excerpt, HTML-escaped, with the matches in `<mark>…</mark>`. */
  snippet: string;
  /** The document's text, for callers that build context (not HTML-escaped). */
  content: string;
  updatedAt: string;
}

export interface SearchOptions {
  limit: number;
  /** The MCP tools pass false: drafts never reach callers. The portal sees its drafts too. */
  includeDrafts?: boolean;
  /** `all` words (websearch syntax, the default) or `any` word (a spoken question). */
  match?: 'all' | 'any';
}

/**
 * Full-text search in the document's own configuration (`german` or `english`) ranked with `ts_rank_cd`,
 * beside `pg_trgm` word similarity on folded text — the stemmer splits no compounds ("Reinigung" →
 * "Zahnreinigung") and knows no "oe" for "ö". Every query is filtered by the company.
 */
@Injectable()
export class KnowledgeSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(companyId: string, query: string, options: SearchOptions): Promise<SearchHit[]> {
    const text = query.trim();
    if (!text) return [];
    const tsquery =
      options.match === 'any'
        ? // The words of the question, any of them: plainto_tsquery's lexemes joined with OR.
          `(SELECT CASE WHEN q.t = '' THEN ''::tsquery ELSE replace(q.t, ' & ', ' | ')::tsquery END
              FROM (SELECT plainto_tsquery(c.cfg, $2)::text AS t) q)`
        : 'websearch_to_tsquery(c.cfg, $2)';
    const rows: SearchRow[] = await this.dataSource.query(
      `SELECT d.id, d.title, d.language, d.status, d.tags, d.content, d.updated_at,
              ts_rank_cd(d.search_vector, t.tsq) AS fts_rank,
              word_similarity($3, ${DOC_TITLE}) AS title_sim,
              word_similarity($3, ${DOC_TEXT}) AS text_sim,
              ts_headline(c.cfg, d.content, t.tsq,
                'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
              ) AS headline
         FROM knowledge_documents d
        CROSS JOIN LATERAL (SELECT CASE WHEN d.language = 'en' THEN 'english'::regconfig
                                        ELSE 'german'::regconfig END AS cfg) c
        CROSS JOIN LATERAL (SELECT ${tsquery} AS tsq) t
        WHERE d.company_id = $1
          ${options.includeDrafts ? '' : `AND d.status = 'published'`}
          AND (d.search_vector @@ t.tsq OR $3 <% ${DOC_TEXT})
        ORDER BY (ts_rank_cd(d.search_vector, t.tsq) + 0.5 * word_similarity($3, ${DOC_TITLE})
                  + 0.3 * word_similarity($3, ${DOC_TEXT})) DESC, d.updated_at DESC, d.id
        LIMIT $4`,
      [companyId, text, fold(text), options.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      language: r.language,
      status: r.status,
      tags: r.tags,
      score: round(Number(r.fts_rank) + 0.5 * Number(r.title_sim) + 0.3 * Number(r.text_sim)),
      snippet: r.headline.includes(MARK_START) ? escapeMarked(r.headline) : trigramSnippet(r.content, text),
      content: r.content,
      updatedAt: new Date(r.updated_at).toISOString(),
    }));
  }
}

interface SearchRow {
  id: string;
  title: string;
  language: 'de' | 'en';
  status: KnowledgeStatus;
  tags: string[];
  content: string;
  updated_at: Date;
  fts_rank: number;
  title_sim: number;
  text_sim: number;
  headline: string;
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ts_headline does not escape: escape everything except its own markers. */
function escapeMarked(headline: string): string {
  return headline
    .split(MARK_START)
    .map((part, i) => {
      if (i === 0) return escapeHtml(part);
      const end = part.indexOf(MARK_END);
      if (end < 0) return MARK_START + escapeHtml(part);
      return `${MARK_START}${escapeHtml(part.slice(0, end))}${MARK_END}${escapeHtml(part.slice(end + MARK_END.length))}`;
    })
    .join('');
}

/** A word of the query as a pattern that meets its umlaut spellings either way (ö, oe). */
function wordPattern(word: string): string {
  return fold(word)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ae/g, '(?:ae|ä)')
    .replace(/oe/g, '(?:oe|ö)')
    .replace(/ue/g, '(?:ue|ü)')
    .replace(/ss/g, '(?:ss|ß)');
}

/** For a trigram-only hit (a compound, a folded umlaut) the full-text headline marks nothing: mark it here. */
export function trigramSnippet(content: string, query: string, radius = 90): string {
  const words = query.split(/\s+/).filter((w) => w.length >= 3);
  const pattern = words.length ? new RegExp(words.map(wordPattern).join('|'), 'iu') : null;
  const match = pattern ? pattern.exec(content) : null;
  if (!match) return escapeHtml(content.length > radius * 2 ? `${content.slice(0, radius * 2)} …` : content);
  const start = Math.max(0, match.index - radius);
  const end = Math.min(content.length, match.index + match[0].length + radius);
  return (
    (start > 0 ? '… ' : '') +
    escapeHtml(content.slice(start, match.index)) +
    MARK_START +
    escapeHtml(match[0]) +
    MARK_END +
    escapeHtml(content.slice(match.index + match[0].length, end)) +
    (end < content.length ? ' …' : '')
  );
}
