import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from 'src/bootstrap';
import {
  databasePrefix,
  databaseUrl,
  PG_ADMIN_URL,
  redisPrefix,
  runId,
  templateDatabase,
  TEST_REDIS_URL,
} from './test-env';

let counter = 0;

/** A fresh database cloned from the run's migrated template (fast: a file copy, no migrations). */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const run = runId();
  const name = `${databasePrefix(run)}${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase(run)}"`);
  return { name, url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export const TEST_ADMIN = { email: 'admin@test.local', password: 'admin-password-123' };
/** The JWT secret of every test app: tests sign expired or forged tokens with it. */
export const TEST_JWT_SECRET = 'test-jwt-secret-that-is-long-enough-0123456789';
export const TEST_ENCRYPTION_KEY = `k1:${Buffer.alloc(32, 7).toString('base64')}`;

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  redisPrefix: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Extra or overriding environment variables; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Use this database URL instead of a fresh clone (e.g. through a TcpProxy). */
  databaseUrl?: (cloneUrl: string) => string;
}

/** Boots the real application (createApp, as in production) on a loopback port, with its own DB and Redis prefix. */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = `${redisPrefix(runId())}:${db.name}`;
  const env: Record<string, string | undefined> = {
    DATABASE_URL: options.databaseUrl ? options.databaseUrl(db.url) : db.url,
    DATABASE_CONNECT_TIMEOUT_MS: '1000',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    APP_ENCRYPTION_KEYS: TEST_ENCRYPTION_KEY,
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SHUTDOWN_DELAY_MS: '0',
    APP_ROLE: 'all',
    ...options.env,
  };
  const saved = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const app = await createApp();
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    return {
      app,
      url: `http://127.0.0.1:${port}`,
      databaseUrl: db.url,
      redisPrefix: prefix,
      dataSource: app.get(DataSource),
      close: async () => {
        await app.close();
        await db.drop();
      },
    };
  } catch (err) {
    await db.drop();
    throw err;
  } finally {
    process.env = saved;
  }
}
