import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
} from 'class-validator';
import type { KnowledgeDocument, KnowledgeStatus } from 'src/mcp-servers/knowledge/knowledge-document.entity';
import type { KnowledgeDocumentVersion } from 'src/mcp-servers/knowledge/knowledge-document-version.entity';
import { INDUSTRIES, type Industry, type KnowledgeTemplate } from 'src/mcp-servers/knowledge/knowledge-templates';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

const STATUSES: KnowledgeStatus[] = ['draft', 'published'];
const LANGUAGES = ['de', 'en'] as const;
const MAX_CONTENT = 100_000;

export class CreateKnowledgeDocumentDto {
  @ApiProperty({ maxLength: 300, example: 'Öffnungszeiten' }) @IsString() @Length(1, 300) title: string;

  @ApiProperty({ maxLength: MAX_CONTENT }) @IsString() @Length(1, MAX_CONTENT) content: string;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: "Search configuration (german/english); the company's locale by default",
  })
  @IsOptionalNotNull()
  @IsIn(LANGUAGES)
  language?: 'de' | 'en';

  @ApiPropertyOptional({ enum: STATUSES, default: 'draft', description: 'Only published documents reach callers' })
  @IsOptionalNotNull()
  @IsIn(STATUSES)
  status?: KnowledgeStatus;

  @ApiPropertyOptional({ type: [String], example: ['ai-context'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
}

export class UpdateKnowledgeDocumentDto extends PartialType(CreateKnowledgeDocumentDto) {}

export class KnowledgeListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: KnowledgeStatus;
}

export class KnowledgeSearchQueryDto {
  @ApiProperty({ maxLength: 200, example: 'Öffnungszeiten' }) @IsString() @Length(1, 200) q: string;

  @ApiPropertyOptional({ enum: ['all', ...STATUSES], default: 'all', description: 'The portal sees drafts too' })
  @IsOptional()
  @IsIn(['all', ...STATUSES])
  status?: 'all' | KnowledgeStatus;
}

export class FromTemplateDto {
  @ApiProperty({ example: 'medical-opening-hours' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,64}$/)
  templateId: string;

  @ApiPropertyOptional({
    example: { phone: '+49 30 1234567', address: 'Hauptstr. 1, Berlin' },
    description: 'Placeholder values ({{company_name}} is filled from the company)',
  })
  @IsOptional()
  @IsObject()
  @ValidateBy({
    name: 'isStringMap',
    validator: {
      validate: (v: unknown) =>
        !!v &&
        typeof v === 'object' &&
        Object.keys(v).length <= 30 &&
        Object.values(v).every((x) => typeof x === 'string' && x.length <= 1000),
      defaultMessage: () => 'values must map at most 30 keys to strings of at most 1000 characters',
    },
  })
  values?: Record<string, string>;
}

export class TemplatesQueryDto {
  @ApiPropertyOptional({ enum: INDUSTRIES }) @IsOptional() @IsIn(INDUSTRIES) industry?: Industry;
}

export class KnowledgeDocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) companyId: string;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: LANGUAGES }) language: 'de' | 'en';
  @ApiProperty({ enum: STATUSES }) status: KnowledgeStatus;
  @ApiProperty({ description: 'Increments when title, content, language or tags change' }) version: number;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(d: KnowledgeDocument): KnowledgeDocumentDto {
    return {
      id: d.id,
      companyId: d.companyId,
      title: d.title,
      content: d.content,
      language: d.language,
      status: d.status,
      version: d.version,
      tags: d.tags,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
    };
  }
}

export class KnowledgeVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) createdBy: string | null;
  @ApiProperty() createdAt: string;

  static from(v: KnowledgeDocumentVersion): KnowledgeVersionDto {
    return { version: v.version, title: v.title, createdBy: v.createdBy, createdAt: v.createdAt.toISOString() };
  }
}

export class KnowledgeDocumentDetailDto extends KnowledgeDocumentDto {
  @ApiProperty({ type: [KnowledgeVersionDto], description: 'Newest first' }) versions: KnowledgeVersionDto[];
}

export class KnowledgeDocumentPageDto extends PageMetaDto {
  @ApiProperty({ type: [KnowledgeDocumentDto] }) items: KnowledgeDocumentDto[];
}

export class KnowledgeSearchHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STATUSES }) status: KnowledgeStatus;
  @ApiProperty() score: number;
  @ApiProperty({ description: 'HTML-escaped excerpt, matches in <mark>…</mark>' }) snippet: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty() updatedAt: string;
}

export class KnowledgeSearchResultDto {
  @ApiProperty({ type: [KnowledgeSearchHitDto] }) items: KnowledgeSearchHitDto[];
}

export class KnowledgeTemplateDto implements KnowledgeTemplate {
  @ApiProperty() id: string;
  @ApiProperty({ enum: INDUSTRIES }) industry: Industry;
  @ApiProperty() title: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: LANGUAGES }) language: 'de' | 'en';
  @ApiProperty({ type: [String] }) tags: string[];
}
