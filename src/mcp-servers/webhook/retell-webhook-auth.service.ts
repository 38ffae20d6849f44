import { Inject, Injectable } from '@nestjs/common';
import { retellConfig, type RetellConfig } from 'src/config';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { CallParties, CallTenant, TenantResolver } from 'src/tenancy/tenant-resolver.service';
import { verifyRetellSignature } from './signatures';
import { WebhookInboxService } from './webhook-inbox.service';

/**
 * Who signed a Retell request: the Retell workspace that owns the agent — the company's own key (its webhook
 * key, else its API key) when it has one, else the platform's `RETELL_API_KEY`. A request for a number or
 * agent of no company can only be signed with the platform key. Used by the event webhook and the inbound
 * webhook alike.
 */
@Injectable()
export class RetellWebhookAuth {
  constructor(
    private readonly tenants: TenantResolver,
    private readonly credentials: CredentialsService,
    private readonly inbox: WebhookInboxService,
    @Inject(retellConfig.KEY) private readonly retell: RetellConfig,
  ) {}

  /** Resolves the tenant, then verifies; a bad or missing signature is counted and refused with 401. */
  async verify(
    rawBody: Buffer,
    signature: string | undefined,
    parties: CallParties,
    startedAt: number,
  ): Promise<CallTenant | null> {
    const tenant = await this.tenants.resolveCall(parties);
    await this.check(rawBody, signature, tenant?.companyId ?? null, startedAt);
    return tenant;
  }

  /**
   * `verify` for callers that need only the company (event ingest): the same key choice, from the directory's
   * lean company lookup (same rules, same cache invalidation) instead of the full resolution.
   */
  async verifyCompany(
    rawBody: Buffer,
    signature: string | undefined,
    parties: CallParties,
    startedAt: number,
  ): Promise<string | null> {
    const companyId = await this.tenants.companyOfCall(parties);
    await this.check(rawBody, signature, companyId, startedAt);
    return companyId;
  }

  private async check(
    rawBody: Buffer,
    signature: string | undefined,
    companyId: string | null,
    startedAt: number,
  ): Promise<void> {
    const own = companyId ? await this.credentials.get(companyId, 'retell') : null;
    const key = own ? (own.webhookKey ?? own.apiKey) : this.retell.apiKey;
    if (!key || !verifyRetellSignature(rawBody, signature, key)) {
      this.inbox.signatureFailed('retell', companyId, startedAt);
      throw AppError.unauthenticated('Invalid or missing x-retell-signature');
    }
  }
}
