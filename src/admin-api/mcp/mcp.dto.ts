import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';

const NAME = /^[a-z][a-z0-9_-]{0,63}$/;

export class ExecuteToolDto {
  @ApiProperty({ example: 'system' }) @Matches(NAME, { message: 'server must be a server name' }) server: string;
  @ApiProperty({ example: 'echo' }) @Matches(NAME, { message: 'tool must be a tool name' }) tool: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { text: 'hallo' } }) @IsObject() params: Record<
    string,
    unknown
  >;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'super_admin and ops name the company; others act for their own',
  })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

export class BatchDto {
  @ApiProperty({ type: [ExecuteToolDto], maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  // Each call an object: ValidateNested alone accepts `[[{…}]]` (it validates the inner array's items).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ExecuteToolDto)
  calls: ExecuteToolDto[];
}

export class ToolResultDto {
  @ApiProperty({ description: "The tool's output" }) result: unknown;
}

export class ToolErrorDto {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) details: unknown[];
}

export class BatchItemDto {
  @ApiProperty() ok: boolean;
  @ApiPropertyOptional() result?: unknown;
  @ApiPropertyOptional({ type: ToolErrorDto }) error?: ToolErrorDto;
}

export class BatchResultDto {
  @ApiProperty({ type: [BatchItemDto] }) results: BatchItemDto[];
}

export class ToolInfoDto {
  @ApiProperty({ example: 'system.echo' }) id: string;
  @ApiProperty() server: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['tenant-read', 'tenant-write', 'platform'] }) access: string;
  @ApiProperty() idempotent: boolean;
  @ApiProperty() timeoutMs: number;
  @ApiProperty({ type: Number, nullable: true }) cacheTtlSeconds: number | null;
  @ApiProperty() exposed: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) inputSchema: object;
}
