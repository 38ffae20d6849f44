import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin's call list (measured by bench/calls-query.ts on 100,000 calls). The calls indexes are raw SQL
 * (TypeORM can declare neither): the drift test lists them.
 *
 * - `ix_calls_company_recent` is the list's order (newest first, not yet started last), so a page is read off
 *   the index instead of sorting the company's calls; status and branch_id ride along (INCLUDE) so that the
 *   page's total under those filters is an index-only count.
 * - `ix_calls_transcript_trgm`: `q` is a case-insensitive substring (ILIKE '%…%'), which only a trigram index
 *   can serve.
 * - `ix_appointments_company_call` (declared on the entity) makes `hasAppointment`'s semi-join index-only.
 */
export class CallsSearch1795720000000 implements MigrationInterface {
  name = 'CallsSearch1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_calls_company_recent" ON "calls" ("company_id", "started_at" DESC NULLS LAST, "created_at" DESC, "id" DESC) INCLUDE ("status", "branch_id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_calls_transcript_trgm" ON "calls" USING gin ("transcript" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_appointments_company_call" ON "appointments" ("company_id", "call_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_appointments_company_call"`);
    await queryRunner.query(`DROP INDEX "ix_calls_transcript_trgm"`);
    await queryRunner.query(`DROP INDEX "ix_calls_company_recent"`);
  }
}
