import { Controller, Headers, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { isUUID } from 'class-validator';
import { Public } from 'src/auth/decorators';
import { stripeConfig, type StripeConfig } from 'src/config';
import { CredentialsService } from 'src/platform/credentials/credentials.service';
import { AppError } from 'src/platform/errors/app-error';
import { callPartiesOf } from 'src/tenancy/tenant-resolver.service';
import { RetellWebhookAuth } from './retell-webhook-auth.service';
import { verifyCalcomSignature, verifyStripeSignature } from './signatures';
import { WebhookProvider } from './webhook-event.entity';
import { IngestInput, WebhookInboxService } from './webhook-inbox.service';
import { isObject } from 'src/platform/json';

/** Retell events that happen once per call: deduplicated by event + call id. */
const RETELL_ONCE_PER_CALL = new Set(['call_started', 'call_ended', 'call_analyzed']);
/** Retell events that carry the call object and are processed (vendor-wire-formats §1.2). */
export const RETELL_EVENTS = new Set([
  ...RETELL_ONCE_PER_CALL,
  'transcript_updated',
  'transfer_started',
  'transfer_bridged',
  'transfer_cancelled',
  'transfer_ended',
]);
export const CALCOM_EVENTS = new Set([
  'BOOKING_CREATED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_REJECTED',
]);
export const STRIPE_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'charge.refunded',
]);

const MAX_DEDUPE_KEY = 200;

type RawRequest = Request & { rawBody?: Buffer };

/**
 * Webhook ingest for Retell, Cal.com and Stripe: verify the signature on the raw bytes, store once, answer
 * 2xx; processing happens in a job. Public (the signature is the authentication) and outside the
 * orchestrator's quotas: a webhook is never refused for load.
 */
@ApiExcludeController()
@Public()
@Controller()
export class WebhookIngestController {
  constructor(
    private readonly inbox: WebhookInboxService,
    private readonly retellAuth: RetellWebhookAuth,
    private readonly credentials: CredentialsService,
    @Inject(stripeConfig.KEY) private readonly stripe: StripeConfig,
  ) {}

  /** Retell call events; the two older paths are the predecessor's, still configured in some agents. */
  @Post(['api/mcp/retell/webhook', 'api/retell/webhook', 'api/mcp/retell/events'])
  @HttpCode(204)
  async retell(@Req() req: RawRequest, @Headers('x-retell-signature') signature?: string): Promise<void> {
    const startedAt = Date.now();
    const { raw, body } = jsonBody(req);
    const call = isObject(body.call) ? body.call : {};
    const companyId = await this.retellAuth.verifyCompany(raw, signature, callPartiesOf(call), startedAt);
    const event = requiredString(body.event, 'event');
    const callId = requiredString(call.call_id, 'call.call_id');
    await this.store('retell', {
      rawBody: raw,
      eventType: event,
      companyId,
      dedupeKey: RETELL_ONCE_PER_CALL.has(event) ? `${event}:${callId}` : sha256(raw),
      known: RETELL_EVENTS.has(event),
      startedAt,
    });
  }

  /** Cal.com booking events of one company, signed with the webhook secret Switchboard generated for it. */
  @Post('api/mcp/calcom/webhook/:companyId')
  @HttpCode(204)
  async calcom(
    @Req() req: RawRequest,
    @Param('companyId') companyId: string,
    @Headers('x-cal-signature-256') signature?: string,
  ): Promise<void> {
    const startedAt = Date.now();
    const { raw, body } = jsonBody(req);
    const company = isUUID(companyId) ? companyId : null;
    const secret = company ? (await this.credentials.get(company, 'calcom'))?.webhookSecret : undefined;
    if (!verifyCalcomSignature(raw, signature, secret)) {
      this.inbox.signatureFailed('calcom', company, startedAt);
      throw AppError.unauthenticated('Invalid or missing X-Cal-Signature-256');
    }
    const trigger = requiredString(body.triggerEvent, 'triggerEvent');
    const payload = isObject(body.payload) ? body.payload : {};
    await this.store('calcom', {
      rawBody: raw,
      eventType: trigger,
      companyId: company,
      dedupeKey: `${trigger}:${str(payload.uid) ?? ''}:${str(body.createdAt) ?? ''}`,
      known: CALCOM_EVENTS.has(trigger),
      startedAt,
    });
  }

  /** Stripe events of the platform account (top-ups, refunds), signed with STRIPE_WEBHOOK_SECRET. */
  @Post('api/mcp/stripe/webhook')
  @HttpCode(204)
  async stripeEvent(@Req() req: RawRequest, @Headers('stripe-signature') signature?: string): Promise<void> {
    const startedAt = Date.now();
    const { raw, body } = jsonBody(req);
    if (!verifyStripeSignature(raw, signature, this.stripe.webhookSecret)) {
      this.inbox.signatureFailed('stripe', null, startedAt);
      throw AppError.unauthenticated('Invalid or missing Stripe-Signature');
    }
    const type = requiredString(body.type, 'type');
    const object = isObject(body.data) && isObject(body.data.object) ? body.data.object : {};
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const companyId = str(metadata.companyId);
    await this.store('stripe', {
      rawBody: raw,
      eventType: type,
      companyId: companyId && isUUID(companyId) ? companyId : null,
      dedupeKey: requiredString(body.id, 'id'),
      known: STRIPE_EVENTS.has(type),
      startedAt,
    });
  }

  private async store(provider: WebhookProvider, event: Omit<IngestInput, 'provider'>): Promise<void> {
    // A dedupe key built from sender-chosen strings may be long: hashed, it still identifies the event.
    const dedupeKey = event.dedupeKey.length > MAX_DEDUPE_KEY ? `sha256:${sha256(event.dedupeKey)}` : event.dedupeKey;
    await this.inbox.ingest({ provider, ...event, dedupeKey });
  }
}

function jsonBody(req: RawRequest): { raw: Buffer; body: Record<string, unknown> } {
  const raw = req.rawBody;
  if (!raw?.length) throw AppError.invalid('body', 'isNotEmpty', 'A JSON body is required');
  // Anything but an object (an array, a string) is still verified first by the caller's signature check.
  return { raw, body: isObject(req.body) ? req.body : {} };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function requiredString(value: unknown, field: string): string {
  const s = str(value);
  if (!s) throw AppError.invalid(field, 'isString', `${field} must be a non-empty string`);
  return s;
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
