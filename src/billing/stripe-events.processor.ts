import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { WebhookEvent } from 'src/mcp-servers/webhook/webhook-event.entity';
import { ProcessOutcome, WebhookInboxService } from 'src/mcp-servers/webhook/webhook-inbox.service';
import { LedgerService } from './ledger.service';

interface StripeObject {
  id?: string;
  payment_status?: string;
  amount_total?: number;
  amount_refunded?: number;
  payment_intent?: string | { id?: string } | null;
  metadata?: Record<string, string>;
}

/**
 * Stripe events → the prepaid ledger (vendor-wire-formats §5.2). A paid Checkout Session credits its
 * `amount_total` to `metadata.companyId`, once per session; `charge.refunded` debits the part of the
 * cumulative `amount_refunded` not yet debited, from the company the payment intent credited.
 */
@Injectable()
export class StripeEventsProcessor implements OnModuleInit {
  private readonly logger = new Logger('StripeEvents');

  constructor(
    private readonly inbox: WebhookInboxService,
    private readonly ledger: LedgerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.inbox.register('stripe', (event) => this.process(event));
  }

  async process(event: WebhookEvent): Promise<ProcessOutcome> {
    const object = ((event.payload as { data?: { object?: StripeObject } }).data?.object ?? {}) as StripeObject;
    switch (event.eventType) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return this.credit(object);
      case 'charge.refunded':
        return this.refund(object);
      default:
        return 'ignored';
    }
  }

  private async credit(session: StripeObject): Promise<ProcessOutcome> {
    // A delayed payment method completes unpaid; its async_payment_succeeded event credits it later.
    if (session.payment_status !== 'paid' || !session.id || !Number.isInteger(session.amount_total)) return 'ignored';
    const companyId = await this.knownCompany(session.metadata?.companyId);
    if (!companyId) {
      this.logger.warn(`Checkout Session ${session.id} names no known company; not credited`);
      return 'ignored';
    }
    await this.ledger.post({
      companyId,
      type: 'topup',
      amountCents: session.amount_total!,
      stripeObjectId: session.id,
      stripePaymentIntentId: intentId(session.payment_intent),
      description: `Top-up via Stripe Checkout ${session.id}`,
    });
    return 'processed';
  }

  private async refund(charge: StripeObject): Promise<ProcessOutcome> {
    const paymentIntent = intentId(charge.payment_intent);
    if (!charge.id || !paymentIntent || !Number.isInteger(charge.amount_refunded)) return 'ignored';
    return this.dataSource.transaction(async (em) => {
      const [topup]: { company_id: string }[] = await em.query(
        `SELECT company_id FROM balance_transactions WHERE stripe_payment_intent_id = $1 AND type = 'topup' LIMIT 1`,
        [paymentIntent],
      );
      if (!topup) {
        this.logger.warn(`Refund of ${paymentIntent}, which credited no company; not debited`);
        return 'ignored';
      }
      // Refund events may arrive out of order: the company's row lock serialises them, and each debits only
      // what the cumulative amount adds to the refunds already booked.
      await em.query('SELECT 1 FROM companies WHERE id = $1 FOR UPDATE', [topup.company_id]);
      const [{ refunded }]: { refunded: number }[] = await em.query(
        `SELECT coalesce(-sum(amount_cents), 0)::int AS refunded FROM balance_transactions
          WHERE stripe_payment_intent_id = $1 AND type = 'refund'`,
        [paymentIntent],
      );
      const newly = charge.amount_refunded! - refunded;
      if (newly <= 0) return 'processed';
      await this.ledger.post(
        {
          companyId: topup.company_id,
          type: 'refund',
          amountCents: -newly,
          // One entry per refund state of the charge: a redelivery of the same refund posts nothing.
          stripeObjectId: `${charge.id}:refunded:${charge.amount_refunded}`,
          stripePaymentIntentId: paymentIntent,
          description: `Stripe refund on ${charge.id}`,
        },
        em,
      );
      return 'processed';
    });
  }

  private async knownCompany(companyId: string | undefined): Promise<string | null> {
    if (!companyId || !isUUID(companyId)) return null;
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM companies WHERE id = $1', [companyId]);
    return rows.length ? companyId : null;
  }
}

function intentId(value: StripeObject['payment_intent']): string | null {
  if (typeof value === 'string') return value;
  return value?.id ?? null;
}
