import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';
import { KnowledgeDocument } from './knowledge-document.entity';

/** A snapshot of a knowledge document as it was at one version (every version, the current one included). */
@Entity('knowledge_document_versions')
@Index('uq_knowledge_document_versions_document_version', ['documentId', 'version'], { unique: true })
@Index(['companyId'])
export class KnowledgeDocumentVersion extends CompanyOwned {
  @Column('uuid') documentId: string;

  @ManyToOne(() => KnowledgeDocument, { onDelete: 'CASCADE' })
  @JoinColumn()
  document?: KnowledgeDocument;

  @Column({ type: 'integer' }) version: number;
  @Column({ length: 300 }) title: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'varchar', length: 2 }) language: 'de' | 'en';
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  /** Who saved this version (audit actor label), null for the system. */
  @Column({ type: 'varchar', length: 200, nullable: true }) createdBy: string | null;

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
