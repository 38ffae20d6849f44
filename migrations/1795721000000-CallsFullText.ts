import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The call list's `q` becomes a word search (measured by bench/calls-query.ts on 100,000 calls).
 *
 * - `transcript_search`: the transcript's words ('simple' configuration: lower-cased, no stemming, no stop
 *   words, so names and German words match as typed), generated and stored, with a GIN index. A word query
 *   is answered from the index alone (no recheck of the transcript), where the trigram index had to recheck
 *   every candidate's transcript. Raw SQL, like knowledge_documents' `search_vector`: the entity does not map
 *   the column and the drift test lists both objects.
 * - `ix_calls_transcript_trgm` goes: nothing else searches transcripts by substring.
 * - `ix_calls_company_started` (company_id, started_at) goes: `ix_calls_company_recent` leads with the same
 *   columns and serves the same scans (the entity no longer declares it).
 */
export class CallsFullText1795721000000 implements MigrationInterface {
  name = 'CallsFullText1795721000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "calls" ADD "transcript_search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce("transcript", ''))) STORED`,
    );
    await queryRunner.query(`CREATE INDEX "ix_calls_transcript_search" ON "calls" USING GIN ("transcript_search")`);
    await queryRunner.query(`DROP INDEX "public"."ix_calls_transcript_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calls_company_started"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_calls_company_started" ON "calls" ("company_id", "started_at") `);
    await queryRunner.query(`CREATE INDEX "ix_calls_transcript_trgm" ON "calls" USING gin ("transcript" gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX "public"."ix_calls_transcript_search"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP COLUMN "transcript_search"`);
  }
}
