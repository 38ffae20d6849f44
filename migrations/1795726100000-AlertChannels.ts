import { MigrationInterface, QueryRunner } from 'typeorm';

export class AlertChannels1795726100000 implements MigrationInterface {
  name = 'AlertChannels1795726100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert_channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "type" character varying(16) NOT NULL, "target" character varying(2048) NOT NULL, "secret_ciphertext" text, "enabled" boolean NOT NULL DEFAULT true, "min_severity" character varying(16) NOT NULL DEFAULT 'warning', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da89e9de0358309fb2ec1617e65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "alerts" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "alerts" DROP COLUMN "notified_at"`);
    await queryRunner.query(`DROP TABLE "alert_channels"`);
  }
}
