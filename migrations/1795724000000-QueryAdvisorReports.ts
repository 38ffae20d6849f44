import { MigrationInterface, QueryRunner } from 'typeorm';

export class QueryAdvisorReports1795724000000 implements MigrationInterface {
  name = 'QueryAdvisorReports1795724000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "query_advisor_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source" character varying(32) NOT NULL, "report" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a982f02b1604c2d2907ba30d767" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_query_advisor_reports_created" ON "query_advisor_reports" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_query_advisor_reports_created"`);
    await queryRunner.query(`DROP TABLE "query_advisor_reports"`);
  }
}
