import { MigrationInterface, QueryRunner } from 'typeorm';

export class ToolCallRollups1795703493449 implements MigrationInterface {
  name = 'ToolCallRollups1795703493449';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tool_call_rollups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "minute" TIMESTAMP WITH TIME ZONE NOT NULL, "server" character varying(64) NOT NULL, "tool" character varying(64) NOT NULL, "company_id" uuid NOT NULL, "outcome" character varying(16) NOT NULL, "count" integer NOT NULL, "latency_sum_ms" double precision NOT NULL, "latency_max_ms" double precision NOT NULL, "buckets" integer array NOT NULL, CONSTRAINT "PK_f9dfac22dbe9f42fc39d2c4befa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tool_call_rollups_company_minute" ON "tool_call_rollups"  ("company_id", "minute") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tool_call_rollups_key" ON "tool_call_rollups"  ("minute", "server", "tool", "company_id", "outcome") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_tool_call_rollups_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tool_call_rollups_company_minute"`);
    await queryRunner.query(`DROP TABLE "tool_call_rollups"`);
  }
}
