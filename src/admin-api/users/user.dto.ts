import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role, type User } from 'src/auth/entities/user.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';
import { IsOptionalNotNull } from '../common/validators';

/** A company admin adding a colleague: the role is company_admin of that company. */
export class CreateCompanyUserDto {
  @ApiProperty({ example: 'anna@praxis.example', description: 'Unique, case-insensitive; stored lower-case' })
  @IsEmail({ require_tld: false })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 12, maxLength: 200 }) @IsString() @MinLength(12) @MaxLength(200) password: string;
}

export class CreateUserDto extends CreateCompanyUserDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Required for company_admin (a live company), empty otherwise',
  })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptionalNotNull() @IsIn(ROLES) role?: Role;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Required for company_admin (a live company), empty otherwise',
  })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({ description: 'An inactive user cannot sign in; their tokens stop working' })
  @IsOptionalNotNull()
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ minLength: 12, maxLength: 200, description: 'Signs the user out everywhere' })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password?: string;
}

export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() companyId?: string;
}

/** A user account as the admin shows it: never the password hash. */
export class UserAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) companyId: string | null;
  @ApiProperty() isActive: boolean;
  @ApiProperty({ type: String, nullable: true }) lastLoginAt: string | null;
  @ApiProperty() createdAt: string;

  static from(u: User): UserAccountDto {
    return {
      id: u.id,
      email: u.email,
      role: u.role,
      companyId: u.companyId ?? null,
      isActive: u.isActive,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

export class UserAccountPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserAccountDto] }) items: UserAccountDto[];
}
