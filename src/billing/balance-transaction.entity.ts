import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { TIMESTAMPTZ } from 'src/platform/database/columns';
import { CompanyOwned } from 'src/mcp-servers/directory/entities/company-owned.entity';

export type BalanceTransactionType = 'call_charge' | 'topup' | 'refund' | 'adjustment';

/**
 * The prepaid ledger, append-only. Unique per call (charges) and per Stripe object (credits, refunds), so a
 * redelivered event can never charge or credit twice.
 */
@Entity('balance_transactions')
@Index('ix_balance_transactions_company_created', ['companyId', 'createdAt'])
export class BalanceTransaction extends CompanyOwned {
  @Column({ type: 'varchar', length: 16 }) type: BalanceTransactionType;

  /** Signed: credits positive, charges negative. */
  @Column({ type: 'integer' }) amountCents: number;
  @Column({ type: 'integer' }) balanceAfterCents: number;

  @Index('uq_balance_transactions_call', { unique: true, where: '"call_id" IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  callId: string | null;

  @Index('uq_balance_transactions_stripe_object', { unique: true, where: '"stripe_object_id" IS NOT NULL' })
  @Column({ type: 'varchar', length: 128, nullable: true })
  stripeObjectId: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true }) stripePaymentIntentId: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @CreateDateColumn({ type: TIMESTAMPTZ }) createdAt: Date;
}
