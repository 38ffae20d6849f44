import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { Customer } from 'src/mcp-servers/directory/entities/customer.entity';
import { PageMetaDto, PageQueryDto } from 'src/platform/paging/pagination.dto';

/** Finding one caller of a company, e.g. to export or erase their data. */
export class CustomerSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 100,
    example: '0151 1234',
    description:
      'Part of the name (case-insensitive) or of the phone number: digits match the E.164 number, a national ' +
      'leading 0 also matches without it ("0151 1234" finds +49151 1234…).',
  })
  @IsString()
  @Length(2, 100)
  q: string;
}

/** A caller as the portal lists it (the notes stay out). */
export class CustomerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ example: '+4915112345678' }) phone: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(c: Customer): CustomerDto {
    return { id: c.id, name: c.name, phone: c.phone, email: c.email, createdAt: c.createdAt.toISOString() };
  }
}

export class CustomerPageDto extends PageMetaDto {
  @ApiProperty({ type: [CustomerDto] }) items: CustomerDto[];
}
