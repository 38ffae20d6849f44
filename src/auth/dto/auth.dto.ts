import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { Role } from '../entities/user.entity';

export class LoginDto {
  @ApiProperty({ example: 'admin@example.com' })
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(200) currentPassword: string;
  @ApiProperty({ minLength: 12 }) @IsString() @MinLength(12) @MaxLength(200) newPassword: string;
}

export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['super_admin', 'ops', 'company_admin'] }) role: Role;
  @ApiProperty({ type: String, nullable: true }) companyId: string | null;
}

export class TokenResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class PrincipalDto {
  @ApiProperty({ enum: ['user', 'api_key'] }) kind: 'user' | 'api_key';
  @ApiProperty() id: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['super_admin', 'ops', 'company_admin'] }) role: Role;
  @ApiProperty({ type: String, nullable: true }) companyId: string | null;
  @ApiProperty({ type: [String] }) scopes: string[];
}
