import { Checkbox, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { useErrorMessage } from '../../components/ErrorAlert';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';

type Callback = components['schemas']['CallbackDto'];
type Show = 'open' | 'done' | 'all';

const PAGE_SIZE = 25;

/** Callback requests, open ones first to work off; the checkbox marks one done (or reopens it). */
export function CallbacksPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const companyId = useCompanyId();
  const [show, setShow] = useState<Show>('open');
  const [page, setPage] = useState(1);
  const done: 'true' | 'false' | undefined = show === 'all' ? undefined : show === 'done' ? 'true' : 'false';
  const query = { page, pageSize: PAGE_SIZE, ...(done && { done }) };
  const callbacks = useQuery({
    queryKey: ['company', companyId, 'callbacks', query],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/callbacks', { params: { path: { companyId }, query } })),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t('callbacksTitle')} description={t('callbacksDescription')} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('show')}
          w="fit-content"
          value={show}
          onChange={(value) => {
            setShow(value as Show);
            setPage(1);
          }}
          data={[
            { value: 'open', label: t('open') },
            { value: 'done', label: t('done') },
            { value: 'all', label: t('all') },
          ]}
        />
        <QueryState
          query={callbacks}
          isEmpty={(data) => data.items.length === 0}
          empty={
            show === 'open' ? (
              <EmptyState title={t('noCallbacksOpen')} hint={t('noCallbacksOpenHint')} />
            ) : (
              <EmptyState title={t('noCallbacks')} hint={t('noCallbacksHint')} />
            )
          }
        >
          {(data) => (
            <>
              <DataTable
                label={t('callbacksTitle')}
                minWidth={860}
                headers={[
                  t('done'),
                  t('requested'),
                  t('name'),
                  t('phone'),
                  t('branch'),
                  t('reason'),
                  t('preferredTime'),
                  t('source'),
                ]}
                paging={{ page: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage }}
              >
                {data.items.map((cb) => (
                  <Table.Tr key={cb.id}>
                    <Table.Td>
                      <DoneToggle callback={cb} companyId={companyId} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(cb.createdAt, locale)}</Table.Td>
                    <Table.Td>{cb.name ?? cb.customer?.name ?? <Text c="dimmed">{t('unnamed')}</Text>}</Table.Td>
                    <Table.Td>{cb.phone ?? cb.customer?.phone ?? '—'}</Table.Td>
                    <Table.Td>{cb.branch?.name ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{cb.reason ?? '—'}</Table.Td>
                    <Table.Td>{cb.preferredTime ?? '—'}</Table.Td>
                    <Table.Td>{cb.source === 'requested' ? t('source.requested') : cb.source}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            </>
          )}
        </QueryState>
      </Stack>
    </>
  );
}

function DoneToggle({ callback, companyId }: { callback: Callback; companyId: string }) {
  const t = useT(messages);
  const describeError = useErrorMessage();
  const queryClient = useQueryClient();
  const name = callback.name ?? callback.customer?.name ?? callback.phone ?? t('unnamed');
  const mutation = useMutation({
    mutationFn: (done: boolean) =>
      unwrap(
        api.PATCH('/api/companies/{companyId}/callbacks/{callbackId}', {
          params: { path: { companyId, callbackId: callback.id } },
          body: { done },
        }),
      ),
    onSuccess: (updated) => {
      notifications.show({
        color: 'teal',
        title: t('callbackUpdate'),
        message: t(updated.done ? 'markedDone' : 'reopened', { name }),
      });
      return queryClient.invalidateQueries({ queryKey: ['company', companyId, 'callbacks'] });
    },
    onError: (error) => notifications.show({ color: 'red', title: t('callbackUpdate'), message: describeError(error) }),
  });
  const checked = mutation.isPending ? (mutation.variables ?? callback.done) : callback.done;
  return (
    <Checkbox
      aria-label={t('markDone', { name })}
      checked={checked}
      disabled={mutation.isPending}
      onChange={(e) => mutation.mutate(e.currentTarget.checked)}
    />
  );
}
