import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from 'src/auth/principal';
import { appConfig, type AppConfig } from 'src/config';
import { DirectoryCacheInvalidator } from 'src/mcp-servers/directory/directory-cache';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { toToolError } from 'src/orchestrator/tool-errors';
import { AuditService } from 'src/platform/audit/audit.service';
import { CallImportService } from 'src/calls/call-import.service';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { INTEGRATION_PROVIDERS, IntegrationProvider } from 'src/platform/credentials/integration.entity';
import { AppError } from 'src/platform/errors/app-error';
import { assertPublicUrl } from 'src/platform/http/url-guard';
import { actorOf } from '../common/audit-actor';
import { toolPrincipalOf } from '../common/tool-principal';
import { ImportResultDto, IntegrationDto, PutIntegrationDto, SyncResultDto, TestResultDto } from './integration.dto';

/** How an admin knows each vendor, for messages shown to them. */
const VENDOR_NAMES: Record<IntegrationProvider, string> = { calcom: 'Cal.com', retell: 'Retell' };

/** Company credentials for Cal.com and Retell: stored encrypted, checked with the vendor, never returned. */
@Injectable()
export class IntegrationsService {
  constructor(
    private readonly credentials: CredentialsService,
    private readonly orchestrator: McpOrchestrator,
    private readonly audit: AuditService,
    private readonly directory: DirectoryCacheInvalidator,
    private readonly calls: CallImportService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  webhookUrl(companyId: string, provider: IntegrationProvider): string {
    return provider === 'calcom'
      ? `${this.config.publicBaseUrl}/api/mcp/calcom/webhook/${companyId}`
      : `${this.config.publicBaseUrl}/api/mcp/retell/webhook`;
  }

  async list(companyId: string): Promise<IntegrationDto[]> {
    const rows = await this.credentials.list(companyId);
    return INTEGRATION_PROVIDERS.map((provider) =>
      IntegrationDto.from(
        provider,
        rows.find((r) => r.provider === provider) ?? null,
        this.webhookUrl(companyId, provider),
      ),
    );
  }

  async get(companyId: string, provider: IntegrationProvider): Promise<IntegrationDto> {
    return IntegrationDto.from(
      provider,
      await this.credentials.find(companyId, provider),
      this.webhookUrl(companyId, provider),
    );
  }

  /**
   * Saves new keys. Unless `validate` is false the vendor is asked first: a refused key is a 400 and the
   * previous credentials stay as they were.
   */
  async put(
    principal: Principal,
    companyId: string,
    provider: IntegrationProvider,
    input: PutIntegrationDto,
    validate: boolean,
  ) {
    if (input.settings?.apiUrl) {
      if (provider !== 'calcom')
        throw AppError.invalid('settings.apiUrl', 'calcomOnly', 'settings.apiUrl is for Cal.com only');
      await assertPublicUrl(input.settings.apiUrl, 'settings.apiUrl', this.config.outboundAllowPrivate);
    }
    const before = await this.get(companyId, provider);
    const previous = await this.credentials.snapshot(companyId, provider);
    const secrets = { apiKey: input.apiKey, ...(input.webhookKey ? { webhookKey: input.webhookKey } : {}) };
    await this.credentials.put(companyId, provider, secrets, { ...input.settings });
    if (validate) {
      const result = await this.test(principal, companyId, provider);
      if (!result.ok) {
        await this.credentials.restore(companyId, provider, previous);
        throw AppError.invalid(
          'apiKey',
          'acceptedByVendor',
          `${VENDOR_NAMES[provider]} did not accept the key: ${result.detail}`,
        );
      }
    }
    const after = await this.get(companyId, provider);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'integration.put',
      targetType: 'integration',
      targetId: provider,
      companyId,
      before: { ...before },
      after: { ...after },
    });
    return after;
  }

  /** Calls the server's `test_connection` tool with the stored key and records the outcome. */
  async test(principal: Principal, companyId: string, provider: IntegrationProvider): Promise<TestResultDto> {
    if (!(await this.credentials.find(companyId, provider))?.secretCiphertext)
      throw AppError.notFound(`${provider} integration`);
    const started = performance.now();
    let result: TestResultDto;
    try {
      const out = await this.orchestrator.execute<{ ok: boolean; detail?: string }>(
        provider,
        'test_connection',
        {},
        {
          principal: toolPrincipalOf(principal),
          companyId,
        },
      );
      result = { ok: out.ok, latencyMs: Math.round(performance.now() - started), detail: out.detail ?? 'connected' };
    } catch (err) {
      const error = toToolError(err);
      result = {
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        detail: `${error.code}: ${error.message}`,
      };
    }
    await this.credentials.recordTest(companyId, provider, result.ok, result.detail);
    return result;
  }

  async rotateWebhookSecret(principal: Principal, companyId: string, provider: IntegrationProvider) {
    if (provider !== 'calcom')
      throw AppError.invalid('provider', 'calcomOnly', 'Switchboard generates webhook secrets for Cal.com only');
    if (!(await this.credentials.find(companyId, provider))?.secretCiphertext)
      throw AppError.notFound('calcom integration');
    const secret = await this.credentials.rotateWebhookSecret(companyId, provider);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'integration.webhook_secret',
      targetType: 'integration',
      targetId: provider,
      companyId,
    });
    return { secret, webhookUrl: this.webhookUrl(companyId, provider) };
  }

  /**
   * Pulls the vendor's objects into the directory: Cal.com event types into services, Retell numbers onto the
   * branches their agents answer. Audited, and cached tenant resolutions are dropped afterwards.
   */
  async sync(principal: Principal, companyId: string, tool: 'calcom.sync_event_types' | 'retell.sync_phone_numbers') {
    const [server, name] = tool.split('.');
    const counts = await this.orchestrator.execute<SyncResultDto>(
      server,
      name,
      {},
      { principal: toolPrincipalOf(principal), companyId },
    );
    await this.directory.companyChanged(companyId);
    await this.audit.record({
      actor: actorOf(principal),
      action: `integration.${name}`,
      targetType: 'integration',
      targetId: server,
      companyId,
      after: { ...counts },
    });
    return { created: counts.created, updated: counts.updated, skipped: counts.skipped, failed: counts.failed };
  }

  /** Records the Retell calls of the last `days` days that no webhook delivered. */
  async importCalls(principal: Principal, companyId: string, days: number): Promise<ImportResultDto> {
    const result = await this.calls.import(companyId, days, toolPrincipalOf(principal));
    await this.audit.record({
      actor: actorOf(principal),
      action: 'integration.import_calls',
      targetType: 'integration',
      targetId: 'retell',
      companyId,
      after: { days, ...result },
    });
    return result;
  }

  async remove(principal: Principal, companyId: string, provider: IntegrationProvider): Promise<void> {
    const before = await this.get(companyId, provider);
    if (!(await this.credentials.remove(companyId, provider))) throw AppError.notFound(`${provider} integration`);
    await this.audit.record({
      actor: actorOf(principal),
      action: 'integration.delete',
      targetType: 'integration',
      targetId: provider,
      companyId,
      before: { ...before },
    });
  }
}
