import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseConfig, securityConfig } from 'src/config';
import { ENTITIES } from 'src/entities';
import { CryptoService } from 'src/platform/crypto/crypto.service';
import { buildDataSourceOptions } from 'src/platform/database/data-source-options';

export interface ReencryptResult {
  /** Integrations with a secret that were looked at. */
  scanned: number;
  /** Re-encrypted with the primary key and written. */
  reencrypted: number;
  /** Could not be decrypted (unknown key, malformed, tampered): left as they are. */
  failed: number;
}

export interface ReencryptOptions {
  batchSize?: number;
  /** Told the id of each integration that could not be decrypted (never its ciphertext). */
  onFailure?: (integrationId: string, reason: string) => void;
}

const DEFAULT_BATCH_SIZE = 200;

/**
 * Re-encrypts every integration secret that was not made by the primary key (`APP_ENCRYPTION_KEYS` rotation).
 * Walks the table in id order (keyset pagination) and writes a row only if its ciphertext is still the one that
 * was read, so a concurrent writer (which encrypts with the primary key anyway) always wins. Safe to re-run.
 */
export async function reencryptSecrets(
  dataSource: DataSource,
  crypto: CryptoService,
  options: ReencryptOptions = {},
): Promise<ReencryptResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const result: ReencryptResult = { scanned: 0, reencrypted: 0, failed: 0 };
  let lastId: string | null = null;
  for (;;) {
    const rows: { id: string; secret_ciphertext: string }[] = await dataSource.query(
      `SELECT id, secret_ciphertext FROM integrations
        WHERE secret_ciphertext IS NOT NULL AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [lastId, batchSize],
    );
    for (const row of rows) {
      result.scanned++;
      let next: string | null;
      try {
        next = crypto.rotate(row.secret_ciphertext);
      } catch (err) {
        result.failed++;
        // Only the error's message: CryptoService never puts ciphertext or plaintext in it.
        options.onFailure?.(row.id, err instanceof Error ? err.message : 'decryption failed');
        continue;
      }
      if (next === null) continue;
      const [, affected] = (await dataSource.query(
        'UPDATE integrations SET secret_ciphertext = $3 WHERE id = $1 AND secret_ciphertext = $2',
        [row.id, row.secret_ciphertext, next],
      )) as [unknown, number];
      if (affected === 1) result.reencrypted++;
    }
    if (rows.length < batchSize) return result;
    lastId = rows[rows.length - 1].id;
  }
}

async function main(): Promise<void> {
  const crypto = new CryptoService(securityConfig());
  const dataSource = new DataSource(await buildDataSourceOptions(databaseConfig(), ENTITIES));
  await dataSource.initialize();
  try {
    const result = await reencryptSecrets(dataSource, crypto, {
      onFailure: (id, reason) => console.error(JSON.stringify({ integrationId: id, error: reason })),
    });
    console.log(JSON.stringify(result));
    if (result.failed > 0) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
    process.exitCode = 1;
  });
}
