import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { CryptoService } from 'src/platform/crypto/crypto.service';
import { Integration, IntegrationProvider, IntegrationStatus } from './integration.entity';

/** The secrets of one company's integration, decrypted: only vendor clients ever see these. */
export interface CredentialSecrets {
  apiKey: string;
  /** Retell: the key with the webhook badge that signs Retell's requests (defaults to apiKey). */
  webhookKey?: string;
  /** Cal.com: the webhook secret Switchboard generated for the company. */
  webhookSecret?: string;
}

export interface Credentials extends CredentialSecrets {
  companyId: string;
  provider: IntegrationProvider;
  settings: Record<string, unknown>;
  status: IntegrationStatus;
  /** A short hash of the API key: keys breakers and rate-limit buckets per credential, reveals nothing. */
  fingerprint: string;
}

/** Decrypted credentials are kept this long per instance; a change through this service drops them at once. */
const CACHE_MS = 30_000;

export const fingerprintOf = (apiKey: string): string =>
  createHash('sha256').update(apiKey).digest('base64url').slice(0, 16);

/**
 * The one place that reads and writes vendor credentials. Secrets are stored as one AES-256-GCM ciphertext
 * per integration and never leave through the API; only `apiKeyLast4` is shown.
 */
@Injectable()
export class CredentialsService {
  private readonly cache = new Map<string, { value: Credentials | null; until: number }>();

  constructor(
    @InjectRepository(Integration) private readonly integrations: Repository<Integration>,
    private readonly crypto: CryptoService,
  ) {}

  async get(companyId: string, provider: IntegrationProvider): Promise<Credentials | null> {
    const key = `${companyId}:${provider}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.value;
    const row = await this.integrations.findOne({ where: { companyId, provider } });
    const value = row?.secretCiphertext ? this.toCredentials(row) : null;
    this.cache.set(key, { value, until: Date.now() + CACHE_MS });
    return value;
  }

  find(companyId: string, provider: IntegrationProvider): Promise<Integration | null> {
    return this.integrations.findOne({ where: { companyId, provider } });
  }

  list(companyId: string): Promise<Integration[]> {
    return this.integrations.find({ where: { companyId }, order: { provider: 'ASC' } });
  }

  /** Stores new keys (merging with the existing secrets, e.g. the Cal.com webhook secret) and settings. */
  async put(
    companyId: string,
    provider: IntegrationProvider,
    secrets: Partial<CredentialSecrets> & { apiKey: string },
    settings: Record<string, unknown>,
  ): Promise<Integration> {
    const row = (await this.find(companyId, provider)) ?? this.integrations.create({ companyId, provider });
    const previous = row.secretCiphertext ? this.decrypt(row.secretCiphertext) : {};
    row.secretCiphertext = this.crypto.encrypt(JSON.stringify({ ...previous, ...secrets }));
    row.apiKeyLast4 = secrets.apiKey.slice(-4);
    row.settings = settings;
    row.status = 'unconfigured';
    const saved = await this.integrations.save(row);
    this.forget(companyId, provider);
    return saved;
  }

  /** Generates a new webhook secret (Cal.com): returned once, stored encrypted with the other secrets. */
  async rotateWebhookSecret(companyId: string, provider: IntegrationProvider): Promise<string> {
    const row = await this.find(companyId, provider);
    if (!row?.secretCiphertext) throw new Error(`No ${provider} integration to add a webhook secret to`);
    const webhookSecret = randomBytes(32).toString('base64url');
    row.secretCiphertext = this.crypto.encrypt(
      JSON.stringify({ ...this.decrypt(row.secretCiphertext), webhookSecret }),
    );
    await this.integrations.save(row);
    this.forget(companyId, provider);
    return webhookSecret;
  }

  /** The stored row as it is now (or null), to put back with `restore` when a new key is refused. */
  async snapshot(companyId: string, provider: IntegrationProvider): Promise<Integration | null> {
    return this.find(companyId, provider);
  }

  async restore(companyId: string, provider: IntegrationProvider, snapshot: Integration | null): Promise<void> {
    if (snapshot) await this.integrations.save(snapshot);
    else await this.integrations.delete({ companyId, provider });
    this.forget(companyId, provider);
  }

  async recordTest(companyId: string, provider: IntegrationProvider, ok: boolean, detail: string): Promise<void> {
    await this.integrations.update(
      { companyId, provider },
      {
        status: ok ? 'connected' : 'error',
        lastTestOk: ok,
        lastTestDetail: detail.slice(0, 500),
        lastTestedAt: new Date(),
      },
    );
    this.forget(companyId, provider);
  }

  async remove(companyId: string, provider: IntegrationProvider): Promise<boolean> {
    const result = await this.integrations.delete({ companyId, provider });
    this.forget(companyId, provider);
    return (result.affected ?? 0) > 0;
  }

  private forget(companyId: string, provider: IntegrationProvider): void {
    this.cache.delete(`${companyId}:${provider}`);
  }

  private decrypt(ciphertext: string): CredentialSecrets {
    return JSON.parse(this.crypto.decrypt(ciphertext)) as CredentialSecrets;
  }

  private toCredentials(row: Integration): Credentials {
    const secrets = this.decrypt(row.secretCiphertext!);
    return {
      ...secrets,
      companyId: row.companyId,
      provider: row.provider,
      settings: row.settings,
      status: row.status,
      fingerprint: fingerprintOf(secrets.apiKey),
    };
  }
}
