import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const SETUP_ITEM_KEYS = [
  'calcom_connected',
  'calcom_webhook_secret',
  'event_types_synced',
  'retell_connected',
  'phone_numbers_assigned',
  'services_mapped',
  'knowledge_published',
  'balance',
] as const;
export type SetupItemKey = (typeof SETUP_ITEM_KEYS)[number];
export const SETUP_STATUSES = ['ok', 'warning', 'missing'] as const;
export type SetupStatus = (typeof SETUP_STATUSES)[number];

export class SetupItemDetailDto {
  @ApiPropertyOptional({ description: 'How many there are (services, numbers, synced event types, documents)' })
  total?: number;
  @ApiPropertyOptional({ description: 'How many of them need attention (unmapped services, unassigned numbers)' })
  pending?: number;
  @ApiPropertyOptional({ description: 'balance: the prepaid balance in cents' }) balanceCents?: number;
  @ApiPropertyOptional({ description: 'balance: the low-balance threshold in cents' }) thresholdCents?: number;
}

export class SetupItemDto {
  @ApiProperty({ enum: SETUP_ITEM_KEYS }) key: SetupItemKey;
  @ApiProperty({ enum: SETUP_STATUSES }) status: SetupStatus;
  @ApiPropertyOptional({ type: SetupItemDetailDto }) detail?: SetupItemDetailDto;
}

export class SetupDto {
  @ApiProperty({ description: 'True when no item is missing (warnings do not block calls)' }) ready: boolean;
  @ApiProperty({ type: [SetupItemDto] }) items: SetupItemDto[];
}
