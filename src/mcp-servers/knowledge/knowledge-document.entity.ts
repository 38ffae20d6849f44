import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

export type KnowledgeStatus = 'draft' | 'published';

/**
 * A knowledge base article. The migration also adds `search_vector` (a generated tsvector in the
 * document's language) with a GIN index: raw SQL that the entity does not map.
 */
@Entity('knowledge_documents')
@Index('ix_knowledge_documents_company_status', ['companyId', 'status'])
export class KnowledgeDocument extends CompanyOwned {
  @Column({ length: 300 }) title: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'varchar', length: 2, default: 'de' }) language: 'de' | 'en';
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status: KnowledgeStatus;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
