import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { PageHeader } from '../../components/PageHeader';
import { DataTable } from '../../components/DataTable';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime, formatDuration, formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { CALL_STATUSES, CallStatusBadge, callerLabel, callerNumber, type CallStatus } from './callFormat';
import { messages } from './messages';

const PAGE_SIZE = 25;
const ALL = 'all';

/** A day picked in a date input (YYYY-MM-DD, the browser's zone) as the instant it starts; `days` later for "to". */
export function dayStart(day: string, days = 0): string | undefined {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d + days).toISOString();
}

/** The company's calls: search in transcripts, filters kept in the URL (so back from a call keeps them). */
export function CallsPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const companyId = useCompanyId();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 350);

  const status = params.get('status') ?? ALL;
  const branchId = params.get('branchId') ?? ALL;
  const booking = params.get('booking') ?? ALL;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const q = debounced.length >= 2 ? debounced : '';

  /** Sets (or with '' / ALL removes) URL parameters; any filter change goes back to page 1. */
  const update = (changes: Record<string, string>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === '' || value === ALL) next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q });
    // Only the debounced search text drives this; `update` reads the current params itself.
  }, [q]);

  const branches = useQuery({
    queryKey: ['company', companyId, 'calls', 'branch-options'],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/branches', {
          params: { path: { companyId }, query: { pageSize: 100 } },
        }),
      ),
  });

  const query = {
    page,
    pageSize: PAGE_SIZE,
    ...(q && { q }),
    ...(status !== ALL && { status: status as CallStatus }),
    ...(branchId !== ALL && { branchId }),
    ...(booking !== ALL && { hasAppointment: booking as 'true' | 'false' }),
    ...(from && { from: dayStart(from) }),
    ...(to && { to: dayStart(to, 1) }),
  };
  const calls = useQuery({
    queryKey: ['company', companyId, 'calls', 'list', query],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/calls', { params: { path: { companyId }, query } })),
    placeholderData: keepPreviousData,
  });
  const filtered = q !== '' || status !== ALL || branchId !== ALL || booking !== ALL || from !== '' || to !== '';

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            type="search"
            label={t('search')}
            description={t('searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={200}
          />
          <Select
            label={t('status')}
            value={status}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('anyStatus') },
              ...CALL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
            onChange={(value) => update({ status: value ?? ALL })}
          />
          <Select
            label={t('branch')}
            value={branchId}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('anyBranch') },
              ...(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name })),
            ]}
            onChange={(value) => update({ branchId: value ?? ALL })}
          />
          <Select
            label={t('booking')}
            value={booking}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('anyBooking') },
              { value: 'true', label: t('withBooking') },
              { value: 'false', label: t('withoutBooking') },
            ]}
            onChange={(value) => update({ booking: value ?? ALL })}
          />
          <TextInput
            type="date"
            label={t('from')}
            value={from}
            onChange={(e) => update({ from: e.currentTarget.value })}
          />
          <TextInput type="date" label={t('to')} value={to} onChange={(e) => update({ to: e.currentTarget.value })} />
        </SimpleGrid>
        {filtered && (
          <Group>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => {
                setSearch('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('clearFilters')}
            </Button>
          </Group>
        )}
        <QueryState
          query={calls}
          isEmpty={(data) => data.items.length === 0}
          empty={
            filtered ? (
              <EmptyState title={t('noMatches')} hint={t('noMatchesHint')} />
            ) : (
              <EmptyState title={t('noCalls')} hint={t('noCallsHint')} />
            )
          }
        >
          {(data) => (
            <>
              <Text size="sm" c="dimmed">
                {data.total === 1 && !data.totalCapped
                  ? t('oneCall')
                  : t(data.totalCapped ? 'totalCapped' : 'totalCalls', { count: formatNumber(data.total, locale) })}
              </Text>
              <DataTable
                label={t('title')}
                minWidth={820}
                headers={[t('time'), t('caller'), t('branch'), t('duration'), t('outcome'), t('booking')]}
                paging={{
                  page,
                  pageSize: PAGE_SIZE,
                  total: data.total,
                  onChange: (p) => update({ page: p === 1 ? '' : String(p) }),
                }}
              >
                {data.items.map((call) => {
                  const number = callerNumber(call);
                  return (
                    <Table.Tr key={call.id}>
                      <Table.Td>{formatDateTime(call.startedAt, locale)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={call.id} fw={500}>
                          {callerLabel(call, t)}
                        </Anchor>
                        {call.customer?.name && number && (
                          <Text size="xs" c="dimmed">
                            {number}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{call.branch?.name ?? '—'}</Table.Td>
                      <Table.Td>
                        {call.durationSeconds === null ? '—' : formatDuration(call.durationSeconds * 1000, locale)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <CallStatusBadge status={call.status} t={t} />
                          {call.successful !== null && (
                            <Text size="xs" c={call.successful ? 'teal' : 'red'}>
                              {t(call.successful ? 'successful' : 'unsuccessful')}
                            </Text>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {call.hasAppointment ? (
                          <Badge color="teal" variant="filled" miw="fit-content">
                            {t('booked')}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('notBooked')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </DataTable>
            </>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
