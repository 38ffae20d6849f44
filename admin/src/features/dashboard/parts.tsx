import { AreaChart } from '@mantine/charts';
import { Badge, Table, Text, Title, Card } from '@mantine/core';
import type { components } from '../../api/schema';
import { useT, useLocale, type Locale } from '../../i18n/i18n';
import { formatDuration, formatNumber, formatPercent, formatTime } from '../../i18n/format';
import { EmptyState } from '../../components/QueryState';
import { messages } from './messages';

export type ToolStats = components['schemas']['ToolStatsDto'];
export type CircuitState = components['schemas']['CircuitStateDto'];
export type TimeseriesPoint = components['schemas']['TimeseriesPointDto'];
export type Metric = components['schemas']['TimeseriesDto']['metric'];

/** Non-closed breakers as a server × company matrix: rows are servers, columns are scopes. */
export function circuitMatrix(circuits: CircuitState[]) {
  const open = circuits.filter((c) => c.state !== 'closed');
  const servers = [...new Set(open.map((c) => c.server))].sort();
  const scopes = [...new Set(open.map((c) => c.companyId))].sort();
  const cell = new Map(open.map((c) => [`${c.server}|${c.companyId}`, c]));
  return { servers, scopes, at: (server: string, scope: string) => cell.get(`${server}|${scope}`) };
}

/** True when a series has no point above zero: the chart would be a flat line. */
export function isEmptySeries(points: TimeseriesPoint[] | undefined) {
  return !points || points.every((p) => !p.value);
}

export function formatMs(value: number | null, locale: Locale) {
  return value === null ? '—' : formatDuration(value, locale);
}

export function formatMetric(metric: Metric, value: number, locale: Locale) {
  if (metric === 'error_rate' || metric === 'cache_hit_ratio') return formatPercent(value, locale);
  if (metric === 'p95') return formatDuration(value, locale);
  return formatNumber(value, locale, 1);
}

/** One metric over the window, inside a named region; "No data in this window" instead of a flat line. */
export function MetricChart({ title, metric, points }: { title: string; metric: Metric; points: TimeseriesPoint[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const data = points.map((p) => ({ t: formatTime(p.t, locale), value: p.value }));
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {isEmptySeries(points) ? (
        <Text c="dimmed" size="sm" py="xl" ta="center">
          {t('noData')}
        </Text>
      ) : (
        <AreaChart
          h={180}
          data={data}
          dataKey="t"
          series={[{ name: 'value', label: title, color: 'indigo.6' }]}
          valueFormatter={(v) => formatMetric(metric, v, locale)}
          curveType="monotone"
          withDots={false}
        />
      )}
    </Card>
  );
}

export function LatencyTable({ tools }: { tools: ToolStats[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  if (tools.length === 0) return <EmptyState title={t('noTools')} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('latencyTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('server')}</Table.Th>
            <Table.Th>{t('tool')}</Table.Th>
            <Table.Th ta="right">{t('requests')}</Table.Th>
            <Table.Th ta="right">{t('errorRate')}</Table.Th>
            <Table.Th ta="right">p50</Table.Th>
            <Table.Th ta="right">p95</Table.Th>
            <Table.Th ta="right">p99</Table.Th>
            <Table.Th ta="right">{t('cacheHitRatio')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tools.map((row) => (
            <Table.Tr key={`${row.server}/${row.tool}`}>
              <Table.Td>{row.server}</Table.Td>
              <Table.Td>{row.tool}</Table.Td>
              <Table.Td ta="right">{formatNumber(row.calls, locale)}</Table.Td>
              <Table.Td ta="right">{formatPercent(row.errorRate, locale)}</Table.Td>
              <Table.Td ta="right">{formatMs(row.p50Ms, locale)}</Table.Td>
              <Table.Td ta="right">{formatMs(row.p95Ms, locale)}</Table.Td>
              <Table.Td ta="right">{formatMs(row.p99Ms, locale)}</Table.Td>
              <Table.Td ta="right">
                {row.cacheHitRatio === null ? '—' : formatPercent(row.cacheHitRatio, locale)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function StateBadge({ state }: { state: string }) {
  const color =
    state === 'open' || state === 'down' ? 'red' : state === 'half_open' || state === 'degraded' ? 'yellow' : 'teal';
  return (
    <Badge color={color} variant="light">
      {state}
    </Badge>
  );
}
