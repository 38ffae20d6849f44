import { createHmac } from 'node:crypto';
import type { RetellConfig } from 'src/config';
import type { CredentialsService } from 'src/platform/credentials/credentials.service';
import type { TenantResolver } from 'src/tenancy/tenant-resolver.service';
import { RetellWebhookAuth } from './retell-webhook-auth.service';
import type { WebhookInboxService } from './webhook-inbox.service';

/** Which Retell workspace's key must have signed a request, by whom the called number belongs to. */
const BODY = Buffer.from('{"event":"call_ended","call":{"call_id":"c1"}}');
const sign = (key: string, at = Date.now()) =>
  `v=${at},d=${createHmac('sha256', key).update(`${BODY.toString()}${at}`).digest('hex')}`;
const PARTIES = { toNumber: '+493012345678', fromNumber: '+4915112345678', agentId: 'agent_1', direction: 'inbound' };

function auth(options: { companyId: string | null; own?: { apiKey: string; webhookKey?: string }; platform?: string }) {
  const failures: (string | null)[] = [];
  const service = new RetellWebhookAuth(
    { companyOfCall: async () => options.companyId } as unknown as TenantResolver,
    { get: async () => options.own ?? null } as unknown as CredentialsService,
    {
      signatureFailed: (_p: string, companyId: string | null) => void failures.push(companyId),
    } as unknown as WebhookInboxService,
    { apiKey: options.platform } as RetellConfig,
  );
  const verify = (signature: string | undefined) =>
    service.verifyCompany(BODY, signature, PARTIES as never, Date.now()).then(
      (companyId) => ({ ok: true, companyId }),
      (err: Error & { code?: string }) => ({ ok: false, code: err.code }),
    );
  return { verify, failures };
}

describe('RetellWebhookAuth', () => {
  it("takes the company's webhook key, else its API key, and never the platform key for a company that has one", async () => {
    const withWebhookKey = auth({
      companyId: 'co1',
      own: { apiKey: 'key_api', webhookKey: 'key_hook' },
      platform: 'key_p',
    });
    expect(await withWebhookKey.verify(sign('key_hook'))).toEqual({ ok: true, companyId: 'co1' });
    expect(await withWebhookKey.verify(sign('key_api'))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });

    const apiKeyOnly = auth({ companyId: 'co1', own: { apiKey: 'key_api' }, platform: 'key_p' });
    expect(await apiKeyOnly.verify(sign('key_api'))).toEqual({ ok: true, companyId: 'co1' });
    expect(await apiKeyOnly.verify(sign('key_p'))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(apiKeyOnly.failures).toEqual(['co1']);
  });

  it('verifies a company without its own key, and a number of no company, with RETELL_API_KEY', async () => {
    expect(await auth({ companyId: 'co1', platform: 'key_p' }).verify(sign('key_p'))).toEqual({
      ok: true,
      companyId: 'co1',
    });
    expect(await auth({ companyId: null, platform: 'key_p' }).verify(sign('key_p'))).toEqual({
      ok: true,
      companyId: null,
    });
  });

  it('refuses every request it has no key for with 401 when RETELL_API_KEY is unset, and counts it', async () => {
    const unset = auth({ companyId: null, platform: undefined });
    expect(await unset.verify(sign(''))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await unset.verify(sign('anything'))).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await unset.verify(undefined)).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    expect(unset.failures).toEqual([null, null, null]);
  });
});
