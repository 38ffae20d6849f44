import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from 'src/platform/database/query-rows';
import type { BalanceTransactionType } from './balance-transaction.entity';

export interface LedgerEntry {
  companyId: string;
  type: BalanceTransactionType;
  /** Signed: credits positive, charges negative. */
  amountCents: number;
  callId?: string;
  stripeObjectId?: string;
  stripePaymentIntentId?: string | null;
  description: string;
}

export interface Posted {
  transactionId: string;
  balanceAfterCents: number;
}

/** Billed seconds: rounded up to the company's increment (60 s: every started minute counts). */
export function billedSeconds(durationSeconds: number, incrementSeconds: number): number {
  const increment = Math.max(1, incrementSeconds);
  return Math.ceil(Math.max(0, durationSeconds) / increment) * increment;
}

/** Cost of billed seconds at a per-minute rate, rounded up to whole cents. */
export function chargeCents(seconds: number, ratePerMinuteCents: number): number {
  return Math.ceil((seconds * ratePerMinuteCents) / 60);
}

/**
 * The prepaid ledger (DESIGN §2 `src/billing/`). Every posting is one row, unique per call (charges) or per
 * Stripe object (credits, refunds): a second posting of the same thing is a no-op, even concurrently — the
 * unique index makes the second insert wait for the first and then do nothing. The company's balance moves in
 * the same transaction as its ledger row.
 */
@Injectable()
export class LedgerService {
  private readonly logger = new Logger('Ledger');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Posts the entry once; null when it was posted before. Pass a manager to join a running transaction. */
  async post(entry: LedgerEntry, manager?: EntityManager): Promise<Posted | null> {
    const run = (em: EntityManager) => this.postIn(em, entry);
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  private async postIn(em: EntityManager, entry: LedgerEntry): Promise<Posted | null> {
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO balance_transactions
              (company_id, type, amount_cents, balance_after_cents, call_id, stripe_object_id, stripe_payment_intent_id, description)
       VALUES ($1, $2, $3, 0, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        entry.companyId,
        entry.type,
        entry.amountCents,
        entry.callId ?? null,
        entry.stripeObjectId ?? null,
        entry.stripePaymentIntentId ?? null,
        entry.description,
      ],
    );
    if (!inserted.length) return null;
    const [company] = await queryRows<{ balance_cents: number; threshold: number }>(
      em,
      `UPDATE companies SET balance_cents = balance_cents + $2, updated_at = now() WHERE id = $1
       RETURNING balance_cents, (settings->>'lowBalanceThresholdCents')::int AS threshold`,
      [entry.companyId, entry.amountCents],
    );
    await em.query('UPDATE balance_transactions SET balance_after_cents = $2 WHERE id = $1', [
      inserted[0].id,
      company.balance_cents,
    ]);
    if (entry.amountCents < 0 && company.threshold !== null && company.balance_cents < company.threshold) {
      await this.raiseLowBalance(em, entry.companyId, company.balance_cents, company.threshold);
    }
    return { transactionId: inserted[0].id, balanceAfterCents: company.balance_cents };
  }

  /** One firing low-balance alert per company at a time (the ops module notifies and resolves it). */
  private async raiseLowBalance(em: EntityManager, companyId: string, balance: number, threshold: number) {
    const rows: unknown[] = await em.query(
      `INSERT INTO alerts (rule, severity, company_id, status, message, details)
       SELECT 'low_balance', 'warning', $1, 'firing', $2, $3::jsonb
        WHERE NOT EXISTS (SELECT 1 FROM alerts WHERE rule = 'low_balance' AND company_id = $1 AND status = 'firing')
       RETURNING id`,
      [
        companyId,
        `Prepaid balance ${(balance / 100).toFixed(2)} EUR is below the threshold of ${(threshold / 100).toFixed(2)} EUR`,
        JSON.stringify({ balanceCents: balance, thresholdCents: threshold }),
      ],
    );
    if (rows.length) this.logger.warn(`Company ${companyId}: low balance (${balance} < ${threshold} cents)`);
  }
}
