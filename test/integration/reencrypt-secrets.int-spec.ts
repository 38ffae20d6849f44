import { DataSource } from 'typeorm';
import { reencryptSecrets } from 'src/cli/reencrypt-secrets';
import { loadDatabaseConfig, loadSecurityConfig } from 'src/config';
import { ENTITIES } from 'src/entities';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { Integration, INTEGRATION_PROVIDERS } from 'src/platform/credentials/integration.entity';
import { CryptoService } from 'src/platform/crypto/crypto.service';
import { buildDataSourceOptions } from 'src/platform/database/data-source-options';
import { createTestDatabase } from 'test/support/test-app';

const key = (id: string, fill: number) => `${id}:${Buffer.alloc(32, fill).toString('base64')}`;
const K1 = key('k1', 1);
const K2 = key('k2', 2);
const K9 = key('k9', 9);

function cryptoWith(keys: string): CryptoService {
  return new CryptoService(
    loadSecurityConfig({ DATABASE_URL: 'postgres://x/y', APP_ENCRYPTION_KEYS: keys, JWT_SECRET: 'x'.repeat(32) }),
  );
}

describe('secrets:reencrypt', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  const oldCrypto = cryptoWith(K1);
  const unknownCrypto = cryptoWith(K9);
  const crypto = cryptoWith(`${K2},${K1}`);

  beforeEach(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(
      await buildDataSourceOptions(loadDatabaseConfig({ DATABASE_URL: db.url }), ENTITIES),
    ).initialize();
  });

  afterEach(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** One integration per (company, provider); returns the plaintext of each by id. */
  async function seed(count: number, encrypt: (plaintext: string) => string | null): Promise<Map<string, string>> {
    const plaintexts = new Map<string, string>();
    for (let i = 0; i < count; i += INTEGRATION_PROVIDERS.length) {
      const company = await dataSource.getRepository(Company).save({ name: `Company ${i}` });
      for (const provider of INTEGRATION_PROVIDERS.slice(0, count - i)) {
        const plaintext = JSON.stringify({ apiKey: `key-${i}-${provider}` });
        const saved = await dataSource
          .getRepository(Integration)
          .save({ companyId: company.id, provider, secretCiphertext: encrypt(plaintext) });
        plaintexts.set(saved.id, plaintext);
      }
    }
    return plaintexts;
  }

  const secretOf = async (id: string): Promise<string | null> =>
    (await dataSource.getRepository(Integration).findOneByOrFail({ id })).secretCiphertext;

  it('re-encrypts every secret with the primary key, keeps the plaintext, and is idempotent', async () => {
    const old = await seed(7, (p) => oldCrypto.encrypt(p));
    const current = await seed(2, (p) => crypto.encrypt(p));
    await seed(1, () => null);
    const currentBefore = new Map<string, string | null>();
    for (const id of current.keys()) currentBefore.set(id, await secretOf(id));

    // A batch size that does not divide the row count, so pagination crosses several pages.
    expect(await reencryptSecrets(dataSource, crypto, { batchSize: 3 })).toEqual({
      scanned: 9,
      reencrypted: 7,
      failed: 0,
    });

    for (const [id, plaintext] of [...old, ...current]) {
      const ciphertext = (await secretOf(id))!;
      expect(crypto.keyIdOf(ciphertext)).toBe('k2');
      expect(crypto.decrypt(ciphertext)).toBe(plaintext);
    }
    // Secrets already under the primary key are not rewritten.
    for (const [id, ciphertext] of currentBefore) expect(await secretOf(id)).toBe(ciphertext);
    // The old key alone can no longer read them: they really were re-encrypted.
    const reencrypted = (await secretOf([...old.keys()][0]))!;
    expect(() => oldCrypto.decrypt(reencrypted)).toThrow();

    expect(await reencryptSecrets(dataSource, crypto)).toEqual({ scanned: 9, reencrypted: 0, failed: 0 });
  });

  it('counts a secret made with an unknown key as failed and leaves it unchanged', async () => {
    const old = await seed(3, (p) => oldCrypto.encrypt(p));
    const [unknownId] = (await seed(1, (p) => unknownCrypto.encrypt(p))).keys();
    const unknownBefore = await secretOf(unknownId);
    const failures: [string, string][] = [];

    const result = await reencryptSecrets(dataSource, crypto, {
      onFailure: (id, reason) => failures.push([id, reason]),
    });

    expect(result).toEqual({ scanned: 4, reencrypted: 3, failed: 1 });
    expect(await secretOf(unknownId)).toBe(unknownBefore);
    expect(failures).toEqual([[unknownId, expect.not.stringContaining(unknownBefore!)]]);
    for (const [id, plaintext] of old) expect(crypto.decrypt((await secretOf(id))!)).toBe(plaintext);

    expect(await reencryptSecrets(dataSource, crypto)).toEqual({ scanned: 4, reencrypted: 0, failed: 1 });
    expect(await secretOf(unknownId)).toBe(unknownBefore);
  });

  it('lets a concurrent writer win: a secret changed after it was read is not overwritten', async () => {
    const [id] = (await seed(1, (p) => oldCrypto.encrypt(p))).keys();
    const written = crypto.encrypt(JSON.stringify({ apiKey: 'written-meanwhile' }));
    const query = dataSource.query.bind(dataSource);
    // The other writer saves a new secret between the SELECT and the UPDATE.
    jest.spyOn(dataSource, 'query').mockImplementation(async (sql: string, params?: unknown[] | object) => {
      if (sql.startsWith('UPDATE'))
        await query('UPDATE integrations SET secret_ciphertext = $2 WHERE id = $1', [id, written]);
      return query(sql, params);
    });

    expect(await reencryptSecrets(dataSource, crypto)).toEqual({ scanned: 1, reencrypted: 0, failed: 0 });
    expect(await secretOf(id)).toBe(written);
  });
});
