import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class NoInput {}

export const TOPUP_MIN_CENTS = 500;
export const TOPUP_MAX_CENTS = 500_000;

export class CreateTopupCheckoutInput {
  @ApiProperty({ minimum: TOPUP_MIN_CENTS, maximum: TOPUP_MAX_CENTS, example: 5000, description: 'EUR cents' })
  @IsInt()
  @Min(TOPUP_MIN_CENTS)
  @Max(TOPUP_MAX_CENTS)
  amountCents: number;

  @ApiPropertyOptional({
    description:
      'Makes the request idempotent: the same nonce and amount return the same Checkout Session. Without it, requests in the same minute share one.',
    maxLength: 64,
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'nonce must be 1-64 letters, digits, _ or -' })
  nonce?: string;
}

export class GetBalanceInput {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10, description: 'How many recent transactions' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class ListPaymentsInput {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextPage of the previous answer' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  page?: string;
}
