import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Retell ids are opaque tokens; this keeps them out of paths they could escape. */
const RETELL_ID = /^[A-Za-z0-9_-]{1,128}$/;
const RETELL_ID_MESSAGE = '$property must be a Retell id (letters, digits, _ and -)';

export class NoInput {}

export class GetAgentInput {
  @ApiProperty({ example: 'oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD' })
  @IsString()
  @Matches(RETELL_ID, { message: RETELL_ID_MESSAGE })
  agentId: string;
}

export class GetCallInput {
  @ApiProperty({ example: 'Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6' })
  @IsString()
  @Matches(RETELL_ID, { message: RETELL_ID_MESSAGE })
  callId: string;
}

export class ListCallsInput {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextPaginationKey of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  paginationKey?: string;

  @ApiPropertyOptional({ enum: ['ascending', 'descending'], default: 'descending' })
  @IsOptional()
  @IsIn(['ascending', 'descending'])
  sortOrder?: 'ascending' | 'descending';

  @ApiPropertyOptional({ description: 'Only calls of this agent' })
  @IsOptional()
  @IsString()
  @Matches(RETELL_ID, { message: RETELL_ID_MESSAGE })
  agentId?: string;
}
