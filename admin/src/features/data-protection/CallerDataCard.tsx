import { Button, Group, List, Stack, Table, Text, TextInput, type ButtonProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useErrorMessage } from '../../components/ErrorAlert';
import { DataTable } from '../../components/DataTable';
import { Section } from '../../components/Section';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { downloadJson } from './download';
import { messages } from './messages';

type Customer = components['schemas']['CustomerDto'];

/** Find one caller, then export (download JSON) or erase their data. */
export function CallerDataCard({ companyId }: { companyId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const q = debounced.length >= 2 ? debounced : '';
  const customers = useQuery({
    enabled: q !== '',
    queryKey: ['company', companyId, 'customers', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/customers', {
          params: { path: { companyId }, query: { q, pageSize: 20 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <Section title={t('callerTitle')} hint={t('callerHint')}>
      <Stack gap="md">
        <TextInput
          type="search"
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={100}
          description={search.trim().length === 1 ? t('searchTooShort') : undefined}
          maw={480}
        />
        {q !== '' && (
          <QueryState
            query={customers}
            isEmpty={(data) => data.items.length === 0}
            empty={<EmptyState title={t('noCallers', { q })} hint={t('noCallersHint')} />}
          >
            {(data) => (
              <DataTable
                label={t('results')}
                minWidth={720}
                headers={[t('name'), t('phone'), t('email'), t('since'), '']}
                striped={false}
              >
                {data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name ?? <Text c="dimmed">{t('unnamed')}</Text>}</Table.Td>
                    <Table.Td>{c.phone}</Table.Td>
                    <Table.Td>{c.email ?? '—'}</Table.Td>
                    <Table.Td>{formatDateTime(c.createdAt, locale)}</Table.Td>
                    <Table.Td>
                      <CallerActions companyId={companyId} customer={c} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )}
          </QueryState>
        )}
      </Stack>
    </Section>
  );
}

function CallerActions({ companyId, customer }: { companyId: string; customer: Customer }) {
  const t = useT(messages);
  const describeError = useErrorMessage();
  const queryClient = useQueryClient();
  const caller = customer.name ? `${customer.name} (${customer.phone})` : customer.phone;
  const path = { params: { path: { companyId, customerId: customer.id } } };
  const exportData = useMutation({
    mutationFn: () => unwrap(api.GET('/api/companies/{companyId}/customers/{customerId}/data', path)),
    onSuccess: (data) => {
      const file = `caller-${customer.phone.replace(/\D/g, '')}-${data.exportedAt.slice(0, 10)}.json`;
      downloadJson(data, file);
      notifications.show({ color: 'teal', title: t('exportTitle'), message: t('exported', { caller, file }) });
    },
    onError: (error) => notifications.show({ color: 'red', title: t('exportTitle'), message: describeError(error) }),
  });
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        loading={exportData.isPending}
        onClick={() => exportData.mutate()}
        aria-label={t('exportLabel', { caller })}
      >
        {t('export')}
      </Button>
      <ConfirmAction
        label={t('erase')}
        color="red"
        buttonProps={{ size: 'xs', 'aria-label': t('eraseLabel', { caller }) } as ButtonProps}
        title={t('eraseTitle', { caller })}
        description={
          <>
            {t('eraseIntro')}
            <List size="sm" my="xs">
              <List.Item>{t('eraseCustomer')}</List.Item>
              <List.Item>{t('eraseCalls')}</List.Item>
              <List.Item>{t('eraseAppointments')}</List.Item>
              <List.Item>{t('eraseCallbacks')}</List.Item>
              <List.Item>{t('eraseWebhooks')}</List.Item>
            </List>
            {t('eraseKept')}
          </>
        }
        confirmLabel={t('eraseConfirm')}
        action={() => unwrap(api.DELETE('/api/companies/{companyId}/customers/{customerId}/data', path))}
        success={(result) =>
          t('erased', {
            calls: result.calls,
            appointments: result.appointments,
            callbackRequests: result.callbackRequests,
            webhookEvents: result.webhookEvents,
          })
        }
        onDone={() => void queryClient.invalidateQueries({ queryKey: ['company', companyId] })}
      />
    </Group>
  );
}
