import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BalanceTransaction } from 'src/billing/balance-transaction.entity';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { StripeClient } from './stripe.client';
import { StripeMcpServer } from './stripe.mcp-server';

/** The Stripe integration (the platform's account): its client and its tools. */
@Module({
  imports: [TypeOrmModule.forFeature([Company, BalanceTransaction])],
  providers: [StripeClient, StripeMcpServer],
  exports: [StripeClient],
})
export class StripeModule {}
