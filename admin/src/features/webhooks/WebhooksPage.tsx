import {
  Badge,
  Button,
  Code,
  Drawer,
  Group,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLocale, useT, type Translate } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';

type WebhookStatus = components['schemas']['WebhookEventSummaryDto']['status'];
type Provider = components['schemas']['WebhookEventSummaryDto']['provider'];
type Key = keyof (typeof messages)['en'];

const STATUSES: WebhookStatus[] = ['received', 'processing', 'processed', 'ignored', 'failed', 'dead'];
const PROVIDERS: Provider[] = ['retell', 'calcom', 'stripe'];
const PAGE_SIZE = 25;
const ALL = 'all';

const statusColors: Record<WebhookStatus, string> = {
  received: 'gray',
  processing: 'blue',
  processed: 'teal',
  ignored: 'gray',
  failed: 'orange',
  dead: 'red',
};
const providerNames: Record<Provider, string> = { retell: 'Retell', calcom: 'Cal.com', stripe: 'Stripe' };

function StatusBadge({ status, t }: { status: WebhookStatus; t: Translate<Key> }) {
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The company's webhook inbox: counts per status as the filter, the events, one's payload, and replay. */
export function WebhooksPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const companyId = useCompanyId();
  const [status, setStatus] = useState<string>(ALL);
  const [provider, setProvider] = useState<string>(ALL);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);

  const counts = useQuery({
    queryKey: ['company', companyId, 'webhook-events', 'counts'],
    queryFn: () =>
      unwrap(api.GET('/api/companies/{companyId}/webhook-events/counts', { params: { path: { companyId } } })),
  });
  const query = {
    page,
    pageSize: PAGE_SIZE,
    ...(status !== ALL && { status: status as WebhookStatus }),
    ...(provider !== ALL && { provider: provider as Provider }),
  };
  const events = useQuery({
    queryKey: ['company', companyId, 'webhook-events', 'list', query],
    queryFn: () =>
      unwrap(api.GET('/api/companies/{companyId}/webhook-events', { params: { path: { companyId }, query } })),
    placeholderData: keepPreviousData,
  });
  const byStatus = (counts.data?.byStatus ?? {}) as Partial<Record<WebhookStatus, number>>;
  const countLabel = (label: string, n: number | undefined) =>
    n === undefined ? label : `${label} (${formatNumber(n, locale)})`;
  const allCount = counts.data ? Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0) : undefined;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="webhook-status-label">
              {t('status')}
            </Text>
            <ScrollArea type="auto" maw="100%">
              <SegmentedControl
                aria-labelledby="webhook-status-label"
                value={status}
                onChange={(value) => {
                  setStatus(value);
                  setPage(1);
                }}
                data={[
                  { value: ALL, label: countLabel(t('all'), allCount) },
                  ...STATUSES.map((s) => ({
                    value: s,
                    label: countLabel(t(`status.${s}`), byStatus[s] ?? (counts.data ? 0 : undefined)),
                  })),
                ]}
              />
            </ScrollArea>
          </Stack>
          <Select
            label={t('provider')}
            w={200}
            value={provider}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('anyProvider') },
              ...PROVIDERS.map((p) => ({ value: p, label: providerNames[p] })),
            ]}
            onChange={(value) => {
              setProvider(value ?? ALL);
              setPage(1);
            }}
          />
        </Group>
        <QueryState
          query={events}
          isEmpty={(data) => data.items.length === 0}
          empty={
            status === ALL && provider === ALL ? (
              <EmptyState title={t('empty')} hint={t('emptyHint')} />
            ) : (
              <EmptyState title={t('emptyFiltered')} hint={t('emptyFilteredHint')} />
            )
          }
        >
          {(data) => (
            <>
              <Text size="sm" c="dimmed">
                {data.total === 1 ? t('oneEvent') : t('total', { count: formatNumber(data.total, locale) })}
              </Text>
              <DataTable
                label={t('title')}
                minWidth={820}
                headers={[
                  t('received'),
                  t('provider'),
                  t('eventType'),
                  t('status'),
                  { label: t('attempts'), align: 'right' },
                  t('lastError'),
                  '',
                ]}
                paging={{ page: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage }}
              >
                {data.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateTime(e.receivedAt, locale)}</Table.Td>
                    <Table.Td>{providerNames[e.provider]}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {e.eventType}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={e.status} t={t} />
                    </Table.Td>
                    <Table.Td ta="right">{e.attempts}</Table.Td>
                    <Table.Td maw={280}>
                      <Text size="xs" c="red" lineClamp={2}>
                        {e.lastError ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('showDetails', {
                          event: e.eventType,
                          time: formatDateTime(e.receivedAt, locale),
                        })}
                        onClick={() => setOpenId(e.id)}
                      >
                        {t('details')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            </>
          )}
        </QueryState>
      </Stack>
      <Drawer opened={openId !== null} onClose={() => setOpenId(null)} position="right" size="xl" title={t('event')}>
        {openId && <EventDetail companyId={companyId} eventId={openId} />}
      </Drawer>
    </>
  );
}

function EventDetail({ companyId, eventId }: { companyId: string; eventId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const event = useQuery({
    queryKey: ['company', companyId, 'webhook-events', 'detail', eventId],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/webhook-events/{id}', { params: { path: { companyId, id: eventId } } }),
      ),
  });
  return (
    <QueryState query={event}>
      {(e) => {
        const waiting = e.status === 'received' || e.status === 'processing';
        return (
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm">
                <Text fw={600}>
                  {providerNames[e.provider]} · <span style={{ fontFamily: 'monospace' }}>{e.eventType}</span>
                </Text>
                <StatusBadge status={e.status} t={t} />
              </Group>
              <ConfirmAction
                label={t('replay')}
                title={t('replayTitle')}
                description={t('replayDescription')}
                confirmLabel={t('replay')}
                buttonProps={{ disabled: waiting }}
                action={() =>
                  unwrap(
                    api.POST('/api/companies/{companyId}/webhook-events/{id}/replay', {
                      params: { path: { companyId, id: e.id } },
                    }),
                  )
                }
                success={() => t('replayed')}
                onDone={() =>
                  void queryClient.invalidateQueries({ queryKey: ['company', companyId, 'webhook-events'] })
                }
              />
            </Group>
            {waiting && (
              <Text size="sm" c="dimmed">
                {t('replayNotPossible')}
              </Text>
            )}
            <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
              <Table.Tbody>
                <Fact label={t('received')} value={formatDateTime(e.receivedAt, locale)} />
                <Fact label={t('processedAt')} value={formatDateTime(e.processedAt, locale)} />
                <Fact label={t('attempts')} value={String(e.attempts)} />
                <Fact label={t('dedupeKey')} value={e.dedupeKey} />
                {e.lastError && <Fact label={t('lastError')} value={e.lastError} />}
              </Table.Tbody>
            </Table>
            <Text fw={600} size="sm">
              {t('payload')}
            </Text>
            <Code block aria-label={t('payload')} style={{ maxHeight: '60vh', overflow: 'auto' }}>
              {JSON.stringify(e.payload, null, 2)}
            </Code>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th w={160} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
    </Table.Tr>
  );
}
