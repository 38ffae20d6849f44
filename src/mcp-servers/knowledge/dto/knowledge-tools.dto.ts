import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class KnowledgeSearchInput {
  @ApiProperty({ example: 'Öffnungszeiten', maxLength: 200 }) @IsString() @Length(1, 200) query: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 5 }) @IsOptional() @IsInt() @Min(1) @Max(20) limit?: number;
}

export class ContextForCallInput {
  @ApiPropertyOptional({ example: 'Haben Sie am Samstag geöffnet?', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  question?: string;

  @ApiPropertyOptional({ minimum: 200, maximum: 8000, default: 2000, description: 'Size budget in characters' })
  @IsOptional()
  @IsInt()
  @Min(200)
  @Max(8000)
  maxChars?: number;
}
