import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from 'src/config';
import { ENTITIES } from 'src/entities';
import { buildDataSourceOptions } from 'src/platform/database/data-source-options';
import { createTestDatabase } from 'test/support/test-app';

/**
 * Objects only raw SQL in a migration can express. TypeORM's schema diff sees them as drift; nothing else
 * may show up. (A generated column in the knowledge base's language and its GIN index; the trigram index; the
 * call list's index; the transcripts' generated tsvector and its GIN index.)
 */
const RAW_SQL_ONLY = [
  /^DROP INDEX "public"\."ix_knowledge_documents_search"$/,
  /^ALTER TABLE "knowledge_documents" DROP COLUMN "search_vector"$/,
  // Trigram index on the folded title and content (TypeORM does not read expression indexes back today).
  /^DROP INDEX "public"\."ix_knowledge_documents_trgm"$/,
  // The call list's order with INCLUDE columns (see the CallsSearch migration), and the transcripts' generated
  // tsvector with its GIN index (see the CallsFullText migration).
  /^DROP INDEX "public"\."ix_calls_company_recent"$/,
  /^DROP INDEX "public"\."ix_calls_transcript_search"$/,
  /^ALTER TABLE "calls" DROP COLUMN "transcript_search"$/,
  /^DELETE FROM "typeorm_metadata" WHERE .*/,
];

describe('entities and migrations', () => {
  it('agree: generating a migration from the migrated schema yields only the listed raw-SQL objects', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource(
      await buildDataSourceOptions(loadDatabaseConfig({ DATABASE_URL: db.url }), ENTITIES),
    ).initialize();
    try {
      const sql = await ds.driver.createSchemaBuilder().log();
      const drift = sql.upQueries.map((q) => q.query.trim()).filter((q) => !RAW_SQL_ONLY.some((re) => re.test(q)));
      expect(drift).toEqual([]);
      // The exceptions are really there (the list is not silently matching nothing).
      expect(sql.upQueries.map((q) => q.query)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('"search_vector"'),
          expect.stringContaining('"transcript_search"'),
        ]),
      );
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('has no pending migration after the template was migrated, and every migration file is named <epoch>-<PascalName>', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource(
      await buildDataSourceOptions(loadDatabaseConfig({ DATABASE_URL: db.url }), ENTITIES),
    ).initialize();
    try {
      expect(await ds.showMigrations()).toBe(false);
      for (const migration of ds.migrations) expect(migration.name).toMatch(/^[A-Z][A-Za-z0-9]+\d{13}$/);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('enforces the uniqueness the design relies on', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource(
      await buildDataSourceOptions(loadDatabaseConfig({ DATABASE_URL: db.url }), ENTITIES),
    ).initialize();
    try {
      const [{ id: a }] = await ds.query(`INSERT INTO companies (name) VALUES ('A') RETURNING id`);
      const [{ id: b }] = await ds.query(`INSERT INTO companies (name) VALUES ('B') RETURNING id`);
      await ds.query(`INSERT INTO phone_numbers (company_id, number) VALUES ($1, '+49301234567')`, [a]);
      // E.164 unique across all companies while live...
      await expect(
        ds.query(`INSERT INTO phone_numbers (company_id, number) VALUES ($1, '+49301234567')`, [b]),
      ).rejects.toThrow(/uq_phone_numbers_number_live/);
      // ...and free again once the row is soft-deleted.
      await ds.query(`UPDATE phone_numbers SET deleted_at = now() WHERE company_id = $1`, [a]);
      await ds.query(`INSERT INTO phone_numbers (company_id, number) VALUES ($1, '+49301234567')`, [b]);
      await ds.query(`INSERT INTO integrations (company_id, provider) VALUES ($1, 'calcom')`, [a]);
      await expect(
        ds.query(`INSERT INTO integrations (company_id, provider) VALUES ($1, 'calcom')`, [a]),
      ).rejects.toThrow(/uq_integrations_company_provider/);
      await ds.query(
        `INSERT INTO customers (company_id, phone) VALUES ($1, '+4915112345678'), ($2, '+4915112345678')`,
        [a, b],
      );
      await ds.query(
        `INSERT INTO webhook_events (provider, dedupe_key, event_type) VALUES ('retell', 'call_ended:c1', 'call_ended')`,
      );
      await expect(
        ds.query(
          `INSERT INTO webhook_events (provider, dedupe_key, event_type) VALUES ('retell', 'call_ended:c1', 'call_ended')`,
        ),
      ).rejects.toThrow(/uq_webhook_events_provider_dedupe/);
      // Full-text vector is generated in the document's language.
      await ds.query(
        `INSERT INTO knowledge_documents (company_id, title, content, language, status) VALUES ($1, 'Öffnungszeiten', 'Wir haben montags geöffnet', 'de', 'published')`,
        [a],
      );
      const [hit] = await ds.query(
        `SELECT title FROM knowledge_documents WHERE search_vector @@ plainto_tsquery('german', 'öffnungszeit')`,
      );
      expect(hit).toEqual({ title: 'Öffnungszeiten' });
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
