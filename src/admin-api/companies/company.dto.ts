import { ApiProperty } from '@nestjs/swagger';
import { Company } from 'src/mcp-servers/directory/entities/company.entity';
import { PageMetaDto } from '../common/pagination.dto';

export class CompanySettingsDto {
  @ApiProperty() bookingBufferMinutes: number;
  @ApiProperty() maxAdvanceDays: number;
  @ApiProperty() lowBalanceThresholdCents: number;
  @ApiProperty() retentionDays: number;
}

export class CompanyBillingDto {
  @ApiProperty() ratePerMinuteCents: number;
  @ApiProperty() billingIncrementSeconds: number;
}

export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'Europe/Berlin' }) timezone: string;
  @ApiProperty({ enum: ['de', 'en'] }) locale: 'de' | 'en';
  @ApiProperty({ example: 'DE' }) country: string;
  @ApiProperty({ type: CompanySettingsDto }) settings: CompanySettingsDto;
  @ApiProperty({ type: CompanyBillingDto }) billing: CompanyBillingDto;
  @ApiProperty() balanceCents: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(c: Company): CompanyDto {
    return {
      id: c.id,
      name: c.name,
      timezone: c.timezone,
      locale: c.locale,
      country: c.country,
      settings: c.settings,
      billing: { ratePerMinuteCents: c.ratePerMinuteCents, billingIncrementSeconds: c.billingIncrementSeconds },
      balanceCents: c.balanceCents,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CompanyPageDto extends PageMetaDto {
  @ApiProperty({ type: [CompanyDto] }) items: CompanyDto[];
}
