import { ApiProperty } from '@nestjs/swagger';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, Length } from 'class-validator';
import { API_KEY_SCOPES, type ApiKey, type ApiKeyScope } from 'src/auth/entities/api-key.entity';
import { PageMetaDto } from 'src/platform/paging/pagination.dto';

export class CreateApiKeyDto {
  @ApiProperty({ maxLength: 200, example: 'Retell production' }) @IsString() @Length(1, 200) name: string;

  @ApiProperty({
    enum: API_KEY_SCOPES,
    isArray: true,
    description: '`voice`: the voice tools; `admin`: this REST API as a company admin',
  })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes: ApiKeyScope[];
}

/** An API key as listed: never its secret or hash. */
export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty({ description: 'The public part of the key (`swb_<prefix>_…`)' }) prefix: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) lastUsedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) revokedAt: string | null;

  static from(k: ApiKey): ApiKeyDto {
    return {
      id: k.id,
      name: k.name,
      scopes: k.scopes,
      prefix: k.prefix,
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      revokedAt: k.revokedAt?.toISOString() ?? null,
    };
  }
}

/** The answer to creating a key: the only time its secret is shown. */
export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty() prefix: string;
  @ApiProperty({ description: 'The whole key, shown once: store it now', example: 'swb_abc123def456_…' })
  secret: string;
  @ApiProperty() createdAt: string;
}

export class ApiKeyPageDto extends PageMetaDto {
  @ApiProperty({ type: [ApiKeyDto] }) items: ApiKeyDto[];
}
