import { ApiProperty } from '@nestjs/swagger';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Customer } from 'src/mcp-servers/directory/entities/customer.entity';

/** A row named in another one's response: its branch, service or staff member. */
export class NamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

/** The caller a call, appointment or callback request belongs to. */
export class CustomerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ example: '+4915112345678' }) phone: string;
}

export const namedRef = (row: { id: string; name: string } | null | undefined): NamedRefDto | null =>
  row ? { id: row.id, name: row.name } : null;

export const customerRef = (row: Pick<Customer, 'id' | 'name' | 'phone'> | null | undefined): CustomerRefDto | null =>
  row ? { id: row.id, name: row.name, phone: row.phone } : null;

/**
 * Joins the `branch` and `customer` relations of `alias` with just the columns their refs show (aliases
 * `b` and `cu`). A deleted branch still names where the row belongs, so deleted rows are included (none of
 * the rows this is used for are soft-deleted themselves).
 */
export function joinBranchAndCustomer<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
): SelectQueryBuilder<T> {
  return qb
    .withDeleted()
    .leftJoin(`${alias}.branch`, 'b')
    .addSelect(['b.id', 'b.name'])
    .leftJoin(`${alias}.customer`, 'cu')
    .addSelect(['cu.id', 'cu.name', 'cu.phone']);
}
