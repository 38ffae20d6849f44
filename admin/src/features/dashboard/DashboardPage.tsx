import { Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDuration, formatNumber, formatPercent } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { messages } from './messages';
import { AdvisorReport, AlertsPanel, CircuitMatrix, OPS_KEY, OpsActions, REFRESH_MS, WebhookCounts } from './panels';
import { formatMs, LatencyTable, MetricChart, type Metric } from './parts';

type Window = '1h' | '24h' | '7d';
const WINDOWS: Window[] = ['1h', '24h', '7d'];
const CHARTS: { metric: Metric; label: 'callsPerMinute' | 'errorRate' | 'p95' | 'cacheHitRatio' }[] = [
  { metric: 'calls', label: 'callsPerMinute' },
  { metric: 'error_rate', label: 'errorRate' },
  { metric: 'p95', label: 'p95' },
  { metric: 'cache_hit_ratio', label: 'cacheHitRatio' },
];

/** Live performance of the tool pipeline for ops: figures, charts, breakers, queues, alerts and one-click fixes. */
export function DashboardPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const [window, setWindow] = useState<Window>('1h');
  const overview = useQuery({
    queryKey: [...OPS_KEY, 'overview', window],
    queryFn: () => unwrap(api.GET('/api/ops/overview', { params: { query: { window } } })),
    refetchInterval: REFRESH_MS,
  });
  const circuits = useQuery({
    queryKey: [...OPS_KEY, 'circuits'],
    queryFn: () => unwrap(api.GET('/api/ops/circuits')),
    refetchInterval: REFRESH_MS,
  });
  const tools = useQuery({
    queryKey: ['mcp', 'tools'],
    queryFn: () => unwrap(api.GET('/api/mcp/tools')),
    staleTime: 5 * 60_000,
  });
  const cachedServers = [
    ...new Set((tools.data ?? []).filter((tool) => tool.cacheTtlSeconds !== null).map((tool) => tool.server)),
  ].sort();
  const updated = overview.dataUpdatedAt
    ? new Date(overview.dataUpdatedAt).toLocaleTimeString(locale === 'de' ? 'de-DE' : 'en-GB')
    : null;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group gap="sm">
            {updated && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('updated', { time: updated })}
              </Text>
            )}
            <SegmentedControl
              aria-label={t('window')}
              value={window}
              onChange={(value) => setWindow(value as Window)}
              data={WINDOWS}
            />
          </Group>
        }
      />
      <OpsActions servers={cachedServers} />
      <QueryState query={overview}>
        {(data) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 2, md: 4 }}>
              <Figure label={t('calls')} value={formatNumber(data.totals.calls, locale)} />
              <Figure
                label={t('successRate')}
                value={data.totals.calls ? formatPercent(1 - data.totals.errorRate, locale) : '—'}
              />
              <Figure label={t('errorRate')} value={formatPercent(data.totals.errorRate, locale)} />
              <Figure
                label={t('cacheHitRatio')}
                value={data.totals.cacheHitRatio === null ? '—' : formatPercent(data.totals.cacheHitRatio, locale)}
              />
              <Figure label="p50" value={formatMs(data.totals.p50Ms, locale)} />
              <Figure label="p95" value={formatMs(data.totals.p95Ms, locale)} />
              <Figure label="p99" value={formatMs(data.totals.p99Ms, locale)} />
            </SimpleGrid>
            <Charts window={window} />
            <Section title={t('latencyTable')}>
              <LatencyTable tools={data.tools} />
            </Section>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Section title={t('circuits')}>
                <CircuitMatrix circuits={circuits.data ?? data.circuits} />
              </Section>
              <Section title={t('queues')}>
                {data.queues.length === 0 ? (
                  <EmptyState title={t('noQueues')} />
                ) : (
                  <Table.ScrollContainer minWidth={420}>
                    <Table aria-label={t('queues')}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('queue')}</Table.Th>
                          <Table.Th ta="right">{t('waiting')}</Table.Th>
                          <Table.Th ta="right">{t('active')}</Table.Th>
                          <Table.Th ta="right">{t('failed')}</Table.Th>
                          <Table.Th ta="right">{t('oldestJob')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {data.queues.map((q) => (
                          <Table.Tr key={q.name}>
                            <Table.Td>{q.name}</Table.Td>
                            <Table.Td ta="right">{formatNumber(q.waiting, locale)}</Table.Td>
                            <Table.Td ta="right">{formatNumber(q.active, locale)}</Table.Td>
                            <Table.Td ta="right">{formatNumber(q.failed, locale)}</Table.Td>
                            <Table.Td ta="right">
                              {q.oldestWaitingAgeSeconds === null
                                ? '—'
                                : formatDuration(q.oldestWaitingAgeSeconds * 1000, locale)}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Section>
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AlertsPanel />
        <WebhookCounts />
      </SimpleGrid>
      <AdvisorReport />
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2} component="dl" m={0}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} size="xl">
        {value}
      </Text>
    </Stack>
  );
}

function Charts({ window }: { window: Window }) {
  const t = useT(messages);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {CHARTS.map(({ metric, label }) => (
        <SeriesChart key={metric} metric={metric} window={window} title={t(label)} />
      ))}
    </SimpleGrid>
  );
}

function SeriesChart({ metric, window, title }: { metric: Metric; window: Window; title: string }) {
  const query = useQuery({
    queryKey: [...OPS_KEY, 'timeseries', metric, window],
    queryFn: () => unwrap(api.GET('/api/ops/timeseries', { params: { query: { metric, window } } })),
    refetchInterval: REFRESH_MS,
  });
  return (
    <QueryState query={query}>
      {(data) => <MetricChart title={title} metric={metric} points={data.points} />}
    </QueryState>
  );
}
