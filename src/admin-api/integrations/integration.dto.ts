import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUrl, Length, Max, Min, ValidateNested } from 'class-validator';
import { INTEGRATION_PROVIDERS, Integration, IntegrationProvider } from 'src/platform/credentials/integration.entity';

export class IntegrationSettingsDto {
  @ApiPropertyOptional({
    example: 'https://cal.example.org',
    description: 'Cal.com only: a self-hosted Cal.com or cal.eu (https; never a private address)',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false, protocols: ['http', 'https'] })
  apiUrl?: string;
}

export class PutIntegrationDto {
  @ApiProperty({ description: 'The vendor API key; stored encrypted, never returned' })
  @IsString()
  @Length(8, 500)
  apiKey: string;

  @ApiPropertyOptional({ description: 'Retell only: the key with the webhook badge (defaults to apiKey)' })
  @IsOptional()
  @IsString()
  @Length(8, 500)
  webhookKey?: string;

  @ApiPropertyOptional({ type: IntegrationSettingsDto })
  @IsOptional()
  @IsObject() // ValidateNested alone lets an array of settings objects through.
  @ValidateNested()
  @Type(() => IntegrationSettingsDto)
  settings?: IntegrationSettingsDto;
}

export class PutQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Check the key with the vendor before saving' })
  @IsOptional()
  @IsIn(['true', 'false'])
  validate?: 'true' | 'false';
}

export class IntegrationDto {
  @ApiProperty({ enum: INTEGRATION_PROVIDERS }) provider: IntegrationProvider;
  @ApiProperty({ enum: ['unconfigured', 'connected', 'error'] }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Last four characters of the key' }) apiKeyLast4:
    string | null;
  @ApiProperty({ type: IntegrationSettingsDto }) settings: IntegrationSettingsDto;
  @ApiProperty({ type: String, nullable: true }) lastTestedAt: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) lastTestOk: boolean | null;
  @ApiProperty({ type: String, nullable: true }) lastTestDetail: string | null;
  @ApiProperty({ description: 'The URL to enter in the vendor for its webhooks' }) webhookUrl: string;

  static from(provider: IntegrationProvider, row: Integration | null, webhookUrl: string): IntegrationDto {
    return {
      provider,
      status: row?.secretCiphertext ? row.status : 'unconfigured',
      apiKeyLast4: row?.apiKeyLast4 ?? null,
      settings: (row?.settings ?? {}) as IntegrationSettingsDto,
      lastTestedAt: row?.lastTestedAt?.toISOString() ?? null,
      lastTestOk: row?.lastTestOk ?? null,
      lastTestDetail: row?.lastTestDetail ?? null,
      webhookUrl,
    };
  }
}

export class TestResultDto {
  @ApiProperty() ok: boolean;
  @ApiProperty() latencyMs: number;
  @ApiProperty() detail: string;
}

export class WebhookSecretDto {
  @ApiProperty({ description: 'Shown once: enter it as the webhook secret in Cal.com' }) secret: string;
  @ApiProperty() webhookUrl: string;
}

export class SyncResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() skipped: number;
  @ApiProperty() failed: number;
}

export class ImportCallsDto {
  @ApiProperty({ minimum: 1, maximum: 90, example: 7, description: 'Import the calls of the last N days' })
  @IsInt()
  @Min(1)
  @Max(90)
  days: number;
}

export class ImportResultDto {
  @ApiProperty({ description: 'Calls recorded now' }) created: number;
  @ApiProperty({ description: 'Calls already recorded' }) skipped: number;
  @ApiProperty({ description: 'Calls that could not be recorded' }) failed: number;
}
