import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { TIMESTAMPTZ } from 'src/platform/database/columns';

export type KnowledgeStatus = 'draft' | 'published';

/**
 * A knowledge base article. The migration also adds `search_vector` (a generated tsvector in the
 * document's language) with a GIN index: raw SQL that the entity does not map.
 */
@Entity('knowledge_documents')
@Index('ix_knowledge_documents_company_status', ['companyId', 'status'])
export class KnowledgeDocument {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') companyId: string;

  @ManyToOne(() => Company, { onDelete: 'CASCADE' })
  @JoinColumn()
  company?: Company;

  @Column({ length: 300 }) title: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'varchar', length: 2, default: 'de' }) language: 'de' | 'en';
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status: KnowledgeStatus;
  @Column({ type: 'integer', default: 1 }) version: number;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];

  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
  @UpdateDateColumn({ type: TIMESTAMPTZ }) updatedAt: Date;
}
