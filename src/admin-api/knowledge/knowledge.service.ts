import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Principal } from 'src/auth/principal';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { KnowledgeDocumentVersion } from 'src/mcp-servers/knowledge/knowledge-document-version.entity';
import { KnowledgeDocument } from 'src/mcp-servers/knowledge/knowledge-document.entity';
import { KnowledgeSearchService, SearchHit } from 'src/mcp-servers/knowledge/knowledge-search.service';
import { fillTemplate, findTemplate } from 'src/mcp-servers/knowledge/knowledge-templates';
import { KNOWLEDGE_TAG } from 'src/mcp-servers/knowledge/knowledge.mcp-server';
import { ToolCacheService } from 'src/orchestrator/tool-cache.service';
import { AuditService } from 'src/platform/audit/audit.service';
import { AppError } from 'src/platform/errors/app-error';
import { actorOf } from '../common/audit-actor';
import { findOwned } from '../common/db';
import { page, Page } from 'src/platform/paging/pagination.dto';
import {
  CreateKnowledgeDocumentDto,
  FromTemplateDto,
  KnowledgeListQueryDto,
  KnowledgeSearchQueryDto,
  UpdateKnowledgeDocumentDto,
} from './knowledge.dto';

/** The fields a version snapshots: changing any of them makes a new version. */
const VERSIONED = ['title', 'content', 'language', 'tags'] as const;

/** Audit snapshots leave the (possibly long) content out: its length and version say it changed. */
const auditView = (d: KnowledgeDocument) => ({
  title: d.title,
  language: d.language,
  status: d.status,
  version: d.version,
  tags: d.tags,
  contentLength: d.content.length,
});

@Injectable()
export class KnowledgeService {
  constructor(
    @InjectRepository(KnowledgeDocument) private readonly documents: Repository<KnowledgeDocument>,
    @InjectRepository(KnowledgeDocumentVersion) private readonly versions: Repository<KnowledgeDocumentVersion>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly search: KnowledgeSearchService,
    private readonly cache: ToolCacheService,
  ) {}

  async list(companyId: string, query: KnowledgeListQueryDto): Promise<Page<KnowledgeDocument>> {
    const [items, total] = await this.documents.findAndCount({
      where: { companyId, ...(query.status ? { status: query.status } : {}) },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return page(items, total, query);
  }

  async get(
    companyId: string,
    documentId: string,
  ): Promise<{ document: KnowledgeDocument; versions: KnowledgeDocumentVersion[] }> {
    const document = await findOwned(this.documents, companyId, documentId, 'Knowledge document');
    const versions = await this.versions.find({
      where: { companyId, documentId },
      order: { version: 'DESC' },
    });
    return { document, versions };
  }

  searchDocuments(companyId: string, query: KnowledgeSearchQueryDto): Promise<SearchHit[]> {
    const status = query.status ?? 'all';
    return this.search
      .search(companyId, query.q, { limit: 20, includeDrafts: status !== 'published' })
      .then((hits) => (status === 'draft' ? hits.filter((h) => h.status === 'draft') : hits));
  }

  async create(principal: Principal, companyId: string, input: CreateKnowledgeDocumentDto): Promise<KnowledgeDocument> {
    const document = await this.dataSource.transaction(async (em) => {
      const company = await em.getRepository(Company).findOneOrFail({ where: { id: companyId } });
      const repo = em.getRepository(KnowledgeDocument);
      const document = repo.create({
        companyId,
        title: input.title,
        content: input.content,
        language: input.language ?? company.locale,
        status: input.status ?? 'draft',
        tags: input.tags ?? [],
        version: 1,
      });
      await repo.save(document);
      await this.snapshot(em, principal, document);
      await this.record(em, principal, 'knowledge.create', document, null);
      return document;
    });
    await this.invalidate(companyId);
    return document;
  }

  async fromTemplate(principal: Principal, companyId: string, input: FromTemplateDto): Promise<KnowledgeDocument> {
    const template = findTemplate(input.templateId);
    if (!template) throw AppError.notFound('Template');
    const company = await this.dataSource.getRepository(Company).findOneOrFail({ where: { id: companyId } });
    const values = { ...input.values, company_name: company.name };
    return this.create(principal, companyId, {
      title: fillTemplate(template.title, values),
      content: fillTemplate(template.content, values),
      language: template.language,
      status: 'draft',
      tags: template.tags,
    });
  }

  async update(
    principal: Principal,
    companyId: string,
    documentId: string,
    input: UpdateKnowledgeDocumentDto,
  ): Promise<KnowledgeDocument> {
    const document = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(KnowledgeDocument);
      // Locked: two concurrent edits get consecutive versions, never the same one twice.
      const document = await repo.findOne({
        where: { id: documentId, companyId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!document) throw AppError.notFound('Knowledge document');
      const before = auditView(document);
      const changed = VERSIONED.some(
        (key) => input[key] !== undefined && JSON.stringify(input[key]) !== JSON.stringify(document[key]),
      );
      Object.assign(document, stripUndefined(input));
      if (changed) document.version += 1;
      await repo.save(document);
      if (changed) await this.snapshot(em, principal, document);
      await this.record(em, principal, 'knowledge.update', document, before);
      return document;
    });
    await this.invalidate(companyId);
    return document;
  }

  async remove(principal: Principal, companyId: string, documentId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const document = await findOwned(
        em.getRepository(KnowledgeDocument),
        companyId,
        documentId,
        'Knowledge document',
      );
      await em.getRepository(KnowledgeDocument).delete({ id: documentId, companyId });
      await this.record(em, principal, 'knowledge.delete', document, auditView(document), true);
    });
    await this.invalidate(companyId);
  }

  private snapshot(em: EntityManager, principal: Principal, d: KnowledgeDocument): Promise<KnowledgeDocumentVersion> {
    return em.getRepository(KnowledgeDocumentVersion).save({
      companyId: d.companyId,
      documentId: d.id,
      version: d.version,
      title: d.title,
      content: d.content,
      language: d.language,
      tags: d.tags,
      createdBy: principal.label,
    });
  }

  /** After the commit: cached search results and call context of the company are dropped. */
  private async invalidate(companyId: string): Promise<void> {
    await this.cache.invalidate(companyId, KNOWLEDGE_TAG);
  }

  private record(
    em: EntityManager,
    principal: Principal,
    action: string,
    document: KnowledgeDocument,
    before: object | null,
    deleted = false,
  ) {
    return this.audit.record(
      {
        actor: actorOf(principal),
        action,
        targetType: 'knowledge_document',
        targetId: document.id,
        companyId: document.companyId,
        before,
        after: deleted ? null : auditView(document),
      },
      em,
    );
  }
}

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
