import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BalanceTransaction, BalanceTransactionType } from 'src/billing/balance-transaction.entity';
import { appConfig, type AppConfig } from 'src/config';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { McpServer, McpServerHealth, Tool } from 'src/orchestrator/tool.decorator';
import type { ToolContext } from 'src/orchestrator/tool.types';
import { AppError } from 'src/platform/errors/app-error';
import { CreateTopupCheckoutInput, GetBalanceInput, ListPaymentsInput, NoInput } from './dto/stripe.dto';
import { CheckoutSessionSummary, PaymentPage, StripeClient } from './stripe.client';

export interface BalanceView {
  balanceCents: number;
  currency: 'eur';
  lowBalanceThresholdCents: number;
  isLow: boolean;
  transactions: {
    id: string;
    type: BalanceTransactionType;
    amountCents: number;
    balanceAfterCents: number;
    description: string | null;
    createdAt: string;
  }[];
}

/**
 * Idempotency-Key of a top-up Checkout Session: company + amount + nonce. The nonce is the client's (one per
 * "Top up" click, so a retried request or a double submit returns the same session), or else the current
 * minute: a double click within a minute reuses the session, a new top-up a minute later gets its own.
 * Stripe keeps keys for 24 h and replays the first answer; the orchestrator's retries reuse the key.
 */
export function topupIdempotencyKey(companyId: string, amountCents: number, nonce?: string, now = Date.now()): string {
  return `switchboard-topup:${companyId}:${amountCents}:${nonce ? `n-${nonce}` : `m-${Math.floor(now / 60_000)}`}`;
}

/**
 * Stripe (the platform's own account, DESIGN §4) as tools: top-up checkout, the prepaid balance from the
 * local ledger, the calling company's payments, and a connection test. Everything read from the platform
 * account is filtered to the calling company by `metadata.companyId`.
 */
@Injectable()
@McpServer('stripe')
export class StripeMcpServer implements McpServerHealth {
  constructor(
    private readonly client: StripeClient,
    @Inject(appConfig.KEY) private readonly app: AppConfig,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectRepository(BalanceTransaction) private readonly ledger: Repository<BalanceTransaction>,
  ) {}

  @Tool({
    name: 'create_topup_checkout',
    description: 'Starts a Stripe Checkout to buy prepaid balance (EUR) for the company; returns the URL to pay at.',
    input: CreateTopupCheckoutInput,
    access: 'tenant-write',
    // Safe to retry: every attempt carries the same Idempotency-Key, so Stripe answers with the same session.
    idempotent: true,
    timeoutMs: 20_000,
  })
  async createTopupCheckout(input: CreateTopupCheckoutInput, ctx: ToolContext): Promise<CheckoutSessionSummary> {
    const companyId = requireCompany(ctx);
    if (!(await this.companies.existsBy({ id: companyId }))) throw AppError.notFound('Company');
    const base = `${this.app.publicBaseUrl}/admin/billing`;
    return this.client.createTopupCheckout(
      {
        companyId,
        amountCents: input.amountCents,
        successUrl: `${base}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
        cancelUrl: `${base}?checkout=cancelled`,
        idempotencyKey: topupIdempotencyKey(companyId, input.amountCents, input.nonce),
      },
      remaining(ctx),
    );
  }

  @Tool({
    name: 'get_balance',
    description: "The company's prepaid balance and its latest ledger entries (from Switchboard's ledger).",
    input: GetBalanceInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 5_000,
  })
  async getBalance(input: GetBalanceInput, ctx: ToolContext): Promise<BalanceView> {
    const companyId = requireCompany(ctx);
    const company = await this.companies.findOneBy({ id: companyId });
    if (!company) throw AppError.notFound('Company');
    const rows = await this.ledger.find({
      where: { companyId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: input.limit ?? 10,
    });
    const threshold = company.settings?.lowBalanceThresholdCents ?? 0;
    return {
      balanceCents: company.balanceCents,
      currency: 'eur',
      lowBalanceThresholdCents: threshold,
      isLow: company.balanceCents < threshold,
      transactions: rows.map((t) => ({
        id: t.id,
        type: t.type,
        amountCents: t.amountCents,
        balanceAfterCents: t.balanceAfterCents,
        description: t.description,
        createdAt: t.createdAt.toISOString(),
      })),
    };
  }

  @Tool({
    name: 'list_payments',
    description: "The company's Stripe payments (PaymentIntents tagged with its id), newest first.",
    input: ListPaymentsInput,
    access: 'tenant-read',
    idempotent: true,
    timeoutMs: 20_000,
  })
  async listPayments(input: ListPaymentsInput, ctx: ToolContext): Promise<PaymentPage> {
    const companyId = requireCompany(ctx);
    const page = await this.client.paymentsOfCompany(
      companyId,
      { limit: input.limit ?? 20, cursor: input.page },
      remaining(ctx),
    );
    // Stripe filtered by metadata already; checked again so a broken query can never show another company's money.
    return { ...page, items: page.items.filter((p) => p.companyId === companyId) };
  }

  @Tool({
    name: 'test_connection',
    description: "Checks that Stripe accepts the platform's secret key.",
    input: NoInput,
    access: 'platform',
    idempotent: true,
    timeoutMs: 10_000,
  })
  async testConnection(
    _input: NoInput,
    ctx: ToolContext,
  ): Promise<{ ok: true; accountId: string; chargesEnabled: boolean | null }> {
    const account = await this.client.account(remaining(ctx));
    return { ok: true, accountId: account.id, chargesEnabled: account.chargesEnabled };
  }

  async healthCheck(): Promise<{ ok: boolean; detail?: string }> {
    // No call to Stripe from a health probe: test_connection does that, on demand and through the chain.
    return this.client.configured
      ? { ok: true, detail: 'secret key configured' }
      : { ok: false, detail: 'STRIPE_SECRET_KEY is not set' };
  }
}

function requireCompany(ctx: ToolContext): string {
  if (!ctx.companyId) throw AppError.invalid('companyId', 'isDefined', 'This Stripe tool acts for a company');
  return ctx.companyId;
}

function remaining(ctx: ToolContext): number {
  return Math.max(1, ctx.deadline - Date.now());
}
