import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from 'src/auth/decorators';
import type { Principal } from 'src/auth/principal';
import { CreateTopupCheckoutInput } from 'src/mcp-servers/stripe/dto/stripe.dto';
import { McpOrchestrator } from 'src/orchestrator/orchestrator.service';
import { ApiErrors } from 'src/platform/errors/api-errors.decorator';
import { uuidParam } from 'src/platform/errors/validation';
import { toolPrincipalOf } from '../common/tool-principal';
import {
  BalanceDto,
  BalanceTransactionDto,
  BalanceTransactionPageDto,
  BalanceTransactionQueryDto,
} from './billing.dto';
import { BillingService } from './billing.service';

class CheckoutDto {
  @ApiProperty({ description: 'The Stripe Checkout page to send the admin to' }) url: string;
}

/**
 * Prepaid balance: read by every role that reaches the company; top-ups go through Stripe Checkout (the ledger
 * is credited by Stripe's webhook).
 */
@ApiTags('billing')
@ApiBearerAuth()
@ApiErrors()
@Controller('api/companies/:companyId/balance')
export class BillingController {
  constructor(
    private readonly orchestrator: McpOrchestrator,
    private readonly billing: BillingService,
  ) {}

  @Get()
  @Roles('super_admin', 'ops', 'company_admin')
  @ApiOkResponse({ type: BalanceDto })
  balance(@Param('companyId', uuidParam('companyId')) companyId: string): Promise<BalanceDto> {
    return this.billing.balance(companyId);
  }

  @Get('transactions')
  @Roles('super_admin', 'ops', 'company_admin')
  @ApiOkResponse({ type: BalanceTransactionPageDto })
  async transactions(
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Query() query: BalanceTransactionQueryDto,
  ): Promise<BalanceTransactionPageDto> {
    const result = await this.billing.transactionsOf(companyId, query);
    return { ...result, items: result.items.map(BalanceTransactionDto.from) };
  }

  @Post('checkout')
  @Roles('super_admin', 'company_admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckoutDto })
  async checkout(
    @CurrentPrincipal() principal: Principal,
    @Param('companyId', uuidParam('companyId')) companyId: string,
    @Body() body: CreateTopupCheckoutInput,
  ): Promise<CheckoutDto> {
    const session = await this.orchestrator.execute<{ url: string | null }>('stripe', 'create_topup_checkout', body, {
      principal: toolPrincipalOf(principal),
      companyId,
    });
    return { url: session.url ?? '' };
  }
}
