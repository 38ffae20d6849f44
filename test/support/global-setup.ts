import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseUrl, PG_ADMIN_URL, templateDatabase } from './test-env';

/** Creates this run's template database with every migration applied; each test file clones it. */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  process.env.SWB_TEST_RUN = run;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${templateDatabase(run)}"`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl(templateDatabase(run)),
    migrations: [join(__dirname, '..', '..', 'migrations', '*.ts')],
    migrationsTableName: 'migrations',
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
