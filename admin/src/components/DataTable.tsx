import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Pager } from './Pager';

export type DataTableHeader = string | { label: string; align: 'right' };

/**
 * A list table as the portal shows them: named (`label`, for screen readers and tests), scrolling sideways
 * below `minWidth` (tablets), a header row, the rows given as children, and previous/next when paged.
 */
export function DataTable({
  label,
  minWidth,
  headers,
  children,
  paging,
  striped = true,
}: {
  label: string;
  minWidth: number;
  /** Column titles; '' for a column without one (e.g. row actions). */
  headers: DataTableHeader[];
  children: ReactNode;
  paging?: { page: number; pageSize: number; total: number; onChange: (page: number) => void };
  striped?: boolean;
}) {
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped={striped} highlightOnHover aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, i) =>
                typeof header === 'string' ? (
                  <Table.Th key={i}>{header}</Table.Th>
                ) : (
                  <Table.Th key={i} ta={header.align}>
                    {header.label}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paging && <Pager {...paging} />}
    </>
  );
}
