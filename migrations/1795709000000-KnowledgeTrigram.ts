import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge base: trigram search beside the full-text rank (the German stemmer does not split compounds, so
 * "Reinigung" must find "Zahnreinigung" by similarity), and the documents' version history.
 *
 * The trigram index is on the text folded as the knowledge server folds queries (umlauts → ae/oe/ue, ß → ss,
 * lower case), so "oeffnungszeiten" meets "Öffnungszeiten". Raw SQL only: the drift test lists it.
 */
export class KnowledgeTrigram1795709000000 implements MigrationInterface {
  name = 'KnowledgeTrigram1795709000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "knowledge_document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "document_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(300) NOT NULL, "content" text NOT NULL, "language" character varying(2) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "created_by" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fa4a449a5e8bee8b592d5179ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6053eb53d7f1e3c05601484ce1" ON "knowledge_document_versions"  ("company_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_knowledge_document_versions_document_version" ON "knowledge_document_versions"  ("document_id", "version") `,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_document_versions" ADD CONSTRAINT "FK_6053eb53d7f1e3c05601484ce12" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_document_versions" ADD CONSTRAINT "FK_4ff52f6143474bd71ad0c78552c" FOREIGN KEY ("document_id") REFERENCES "knowledge_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Existing documents get their current state as their first recorded version.
    await queryRunner.query(
      `INSERT INTO "knowledge_document_versions" ("company_id", "document_id", "version", "title", "content", "language", "tags") SELECT "company_id", "id", "version", "title", "content", "language", "tags" FROM "knowledge_documents"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_knowledge_documents_trgm" ON "knowledge_documents" USING GIN ((lower(replace(replace(replace(replace(replace(replace(replace("title" || ' ' || "content", 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ß', 'ss'))) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_knowledge_documents_trgm"`);
    await queryRunner.query(
      `ALTER TABLE "knowledge_document_versions" DROP CONSTRAINT "FK_4ff52f6143474bd71ad0c78552c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "knowledge_document_versions" DROP CONSTRAINT "FK_6053eb53d7f1e3c05601484ce12"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_knowledge_document_versions_document_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6053eb53d7f1e3c05601484ce1"`);
    await queryRunner.query(`DROP TABLE "knowledge_document_versions"`);
    // pg_trgm stays: other objects may use it, and dropping an extension is a DBA's decision.
  }
}
