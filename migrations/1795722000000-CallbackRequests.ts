import { MigrationInterface, QueryRunner } from 'typeorm';

export class CallbackRequests1795722000000 implements MigrationInterface {
  name = 'CallbackRequests1795722000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "callback_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company_id" uuid NOT NULL, "branch_id" uuid, "customer_id" uuid, "retell_call_id" character varying(128), "phone" character varying(16), "name" character varying(200), "reason" text, "preferred_time" character varying(200), "source" character varying(32) NOT NULL DEFAULT 'requested', "done" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4004a32558adaaf5d8af014ca4e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_callback_requests_company_created" ON "callback_requests"  ("company_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "callback_requests" ADD CONSTRAINT "FK_28e339b3e9a9805da43b2b967cc" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "callback_requests" DROP CONSTRAINT "FK_28e339b3e9a9805da43b2b967cc"`);
    await queryRunner.query(`DROP INDEX "public"."ix_callback_requests_company_created"`);
    await queryRunner.query(`DROP TABLE "callback_requests"`);
  }
}
