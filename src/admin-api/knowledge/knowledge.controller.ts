import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { KNOWLEDGE_TEMPLATES } from 'src/mcp-servers/knowledge/knowledge-templates';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import {
  CreateKnowledgeDocumentDto,
  FromTemplateDto,
  KnowledgeDocumentDetailDto,
  KnowledgeDocumentDto,
  KnowledgeDocumentPageDto,
  KnowledgeListQueryDto,
  KnowledgeSearchQueryDto,
  KnowledgeSearchResultDto,
  KnowledgeTemplateDto,
  KnowledgeVersionDto,
  TemplatesQueryDto,
  UpdateKnowledgeDocumentDto,
} from './knowledge.dto';
import { KnowledgeService } from './knowledge.service';

/** Industry templates: the same for every company. */
@ApiTags('knowledge')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/knowledge')
export class KnowledgeTemplatesController {
  @Get('templates')
  @ApiOkResponse({ type: [KnowledgeTemplateDto] })
  templates(@Query() query: TemplatesQueryDto): KnowledgeTemplateDto[] {
    return KNOWLEDGE_TEMPLATES.filter((t) => !query.industry || t.industry === query.industry).map((t) => ({
      ...t,
      tags: [...t.tags],
    }));
  }
}

/** A company's knowledge base. Read: every role of the company and ops; edit: super admins and company admins. */
@ApiTags('knowledge')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/knowledge')
export class KnowledgeController {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Get()
  @ApiOkResponse({ type: KnowledgeDocumentPageDto })
  async list(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: KnowledgeListQueryDto,
  ): Promise<KnowledgeDocumentPageDto> {
    const result = await this.knowledge.list(companyId, query);
    return { ...result, items: result.items.map(KnowledgeDocumentDto.from) };
  }

  @Post()
  @ApiCreatedResponse({ type: KnowledgeDocumentDto })
  @Roles('super_admin', 'company_admin')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateKnowledgeDocumentDto,
  ): Promise<KnowledgeDocumentDto> {
    return KnowledgeDocumentDto.from(await this.knowledge.create(principal, companyId, body));
  }

  /** Drafts included (the portal edits them); callers' tools see published documents only. */
  @Get('search')
  @ApiOkResponse({ type: KnowledgeSearchResultDto })
  async search(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: KnowledgeSearchQueryDto,
  ): Promise<KnowledgeSearchResultDto> {
    const hits = await this.knowledge.searchDocuments(companyId, query);
    return {
      items: hits.map((h) => ({
        id: h.id,
        title: h.title,
        status: h.status,
        score: h.score,
        snippet: h.snippet,
        tags: h.tags,
        updatedAt: h.updatedAt,
      })),
    };
  }

  @Post('from-template')
  @ApiCreatedResponse({ type: KnowledgeDocumentDto })
  @Roles('super_admin', 'company_admin')
  async fromTemplate(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: FromTemplateDto,
  ): Promise<KnowledgeDocumentDto> {
    return KnowledgeDocumentDto.from(await this.knowledge.fromTemplate(principal, companyId, body));
  }

  @Get(':documentId')
  @ApiOkResponse({ type: KnowledgeDocumentDetailDto })
  async get(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
  ): Promise<KnowledgeDocumentDetailDto> {
    const { document, versions } = await this.knowledge.get(companyId, documentId);
    return { ...KnowledgeDocumentDto.from(document), versions: versions.map(KnowledgeVersionDto.from) };
  }

  @Patch(':documentId')
  @ApiOkResponse({ type: KnowledgeDocumentDto })
  @Roles('super_admin', 'company_admin')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
    @Body() body: UpdateKnowledgeDocumentDto,
  ): Promise<KnowledgeDocumentDto> {
    return KnowledgeDocumentDto.from(await this.knowledge.update(principal, companyId, documentId, body));
  }

  @Delete(':documentId')
  @ApiNoContentResponse()
  @Roles('super_admin', 'company_admin')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Param('documentId', uuidParam('documentId')) documentId: string,
  ): Promise<void> {
    await this.knowledge.remove(principal, companyId, documentId);
  }
}
