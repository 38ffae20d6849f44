import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { BalanceTransaction, BalanceTransactionType } from 'src/billing/balance-transaction.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';

const TRANSACTION_TYPES: BalanceTransactionType[] = ['call_charge', 'topup', 'refund', 'adjustment'];

export class BalanceDto {
  @ApiProperty({ description: 'The prepaid balance' }) balanceCents: number;
  @ApiProperty({ description: 'Below this the company is warned (company settings)' })
  lowBalanceThresholdCents: number;
  @ApiProperty() ratePerMinuteCents: number;
  @ApiProperty({ description: 'Calls are charged in steps of this many seconds' }) billingIncrementSeconds: number;
  @ApiProperty({ enum: ['eur'] }) currency: 'eur';
}

export class BalanceTransactionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TRANSACTION_TYPES })
  @IsOptional()
  @IsIn(TRANSACTION_TYPES, { message: `type must be one of ${TRANSACTION_TYPES.join(', ')}` })
  type?: BalanceTransactionType;
}

export class BalanceTransactionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TRANSACTION_TYPES }) type: BalanceTransactionType;
  @ApiProperty({ description: 'Signed: credits positive, charges negative' }) amountCents: number;
  @ApiProperty() balanceAfterCents: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The charged call' })
  callId: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(t: BalanceTransaction): BalanceTransactionDto {
    return {
      id: t.id,
      type: t.type,
      amountCents: t.amountCents,
      balanceAfterCents: t.balanceAfterCents,
      callId: t.callId,
      description: t.description,
      createdAt: t.createdAt.toISOString(),
    };
  }
}

export class BalanceTransactionPageDto extends PageMetaDto {
  @ApiProperty({ type: [BalanceTransactionDto] }) items: BalanceTransactionDto[];
}
