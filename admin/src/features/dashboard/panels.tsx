import { Button, Group, List, Select, Stack, Table, Text, Title, Badge } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useErrorMessage } from '../../components/ErrorAlert';
import { EmptyState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDateTime, formatDuration, formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { messages } from './messages';
import { circuitMatrix, StateBadge, type CircuitState } from './parts';

export const OPS_KEY = ['ops'] as const;
export const REFRESH_MS = 10_000;

export function CircuitMatrix({ circuits }: { circuits: CircuitState[] }) {
  const t = useT(messages);
  const queryClient = useQueryClient();
  const { servers, scopes, at } = circuitMatrix(circuits);
  if (servers.length === 0) return <EmptyState title={t('circuitsClosed')} />;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={t('circuits')} withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('server')}</Table.Th>
            {scopes.map((scope) => (
              <Table.Th key={scope}>{scope}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {servers.map((server) => (
            <Table.Tr key={server}>
              <Table.Th scope="row">{server}</Table.Th>
              {scopes.map((scope) => {
                const circuit = at(server, scope);
                return (
                  <Table.Td key={scope}>
                    {circuit && (
                      <Group gap="xs" wrap="nowrap">
                        <StateBadge state={circuit.state} />
                        <ConfirmAction
                          label={t('reset')}
                          title={t('resetTitle')}
                          description={t('resetDescription', { server, scope })}
                          buttonProps={{ size: 'xs', 'aria-label': `${t('reset')} ${server} ${scope}` } as never}
                          action={() =>
                            unwrap(
                              api.POST('/api/ops/circuits/{server}/{scope}/reset', {
                                params: { path: { server, scope } },
                              }),
                            )
                          }
                          success={() => t('resetDone', { server })}
                          onDone={() => void queryClient.invalidateQueries({ queryKey: OPS_KEY })}
                        />
                      </Group>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AlertsPanel() {
  const t = useT(messages);
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const describeError = useErrorMessage();
  const query = useQuery({
    queryKey: [...OPS_KEY, 'alerts', 'firing'],
    queryFn: () => unwrap(api.GET('/api/ops/alerts', { params: { query: { status: 'firing', pageSize: 50 } } })),
    refetchInterval: REFRESH_MS,
  });
  const ack = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/ops/alerts/{id}/ack', { params: { path: { id } } })),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('ackDone') });
      void queryClient.invalidateQueries({ queryKey: [...OPS_KEY, 'alerts'] });
    },
    onError: (error) => notifications.show({ color: 'red', message: describeError(error) }),
  });
  return (
    <Section title={t('alerts')}>
      <QueryState query={query} isEmpty={(d) => d.items.length === 0} empty={<EmptyState title={t('noAlerts')} />}>
        {(data) => (
          <Stack gap="sm">
            {data.items.map((alert) => (
              <Group key={alert.id} justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Group gap="xs">
                    <Badge
                      color={alert.severity === 'critical' ? 'red' : alert.severity === 'warning' ? 'yellow' : 'blue'}
                    >
                      {alert.severity}
                    </Badge>
                    <Text size="sm" fw={600}>
                      {alert.rule}
                    </Text>
                  </Group>
                  <Text size="sm">{alert.message}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(alert.firedAt, locale)}
                  </Text>
                </div>
                {alert.acknowledgedAt ? (
                  <Text size="sm" c="dimmed">
                    {t('acked')}
                  </Text>
                ) : (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`${t('ack')}: ${alert.message}`}
                    loading={ack.isPending && ack.variables === alert.id}
                    onClick={() => ack.mutate(alert.id)}
                  >
                    {t('ack')}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </QueryState>
    </Section>
  );
}

export function WebhookCounts() {
  const t = useT(messages);
  const { locale } = useLocale();
  const query = useQuery({
    queryKey: [...OPS_KEY, 'webhook-counts'],
    queryFn: () => unwrap(api.GET('/api/webhook-events/counts')),
    refetchInterval: REFRESH_MS,
  });
  return (
    <Section title={t('webhooks')}>
      <QueryState
        query={query}
        isEmpty={(d) => Object.keys(d.byStatus).length === 0}
        empty={<EmptyState title={t('noWebhooks')} />}
      >
        {(data) => (
          <Group gap="xs">
            {Object.entries(data.byStatus as Record<string, number>).map(([status, count]) => (
              <Badge key={status} variant="light" color={status === 'dead' || status === 'failed' ? 'red' : 'gray'}>
                {status}: {formatNumber(count, locale)}
              </Badge>
            ))}
          </Group>
        )}
      </QueryState>
    </Section>
  );
}

interface AdvisorBody {
  slowestQueries?: { query: string; calls: number; meanMs: number }[];
  hints?: string[];
  tableSizes?: { table: string; rows: number; totalBytes: number }[];
}

export function AdvisorReport() {
  const t = useT(messages);
  const { locale } = useLocale();
  const query = useQuery({
    queryKey: [...OPS_KEY, 'advisor'],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/ops/query-advisor/latest'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  return (
    <Section title={t('advisorReport')}>
      <QueryState query={query} isEmpty={(d) => d === null} empty={<EmptyState title={t('advisorNone')} />}>
        {(data) => {
          if (!data) return null;
          const report = data.report as AdvisorBody;
          return (
            <Stack gap="sm">
              <Text size="xs" c="dimmed">
                {t('reportFrom', { time: formatDateTime(data.createdAt, locale) })}
              </Text>
              {(report.hints ?? []).length > 0 && (
                <>
                  <Title order={4} size="h6">
                    {t('hints')}
                  </Title>
                  <List size="sm">
                    {(report.hints ?? []).map((hint) => (
                      <List.Item key={hint}>{hint}</List.Item>
                    ))}
                  </List>
                </>
              )}
              <Title order={4} size="h6">
                {t('slowest')}
              </Title>
              <Table.ScrollContainer minWidth={480}>
                <Table aria-label={t('slowest')}>
                  <Table.Tbody>
                    {(report.slowestQueries ?? []).slice(0, 10).map((q, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>
                          <Text size="xs" ff="monospace" lineClamp={2}>
                            {q.query}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{formatNumber(q.calls, locale)}</Table.Td>
                        <Table.Td ta="right">{formatDuration(q.meanMs, locale)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Title order={4} size="h6">
                {t('tableSizes')}
              </Title>
              <Table aria-label={t('tableSizes')}>
                <Table.Tbody>
                  {(report.tableSizes ?? []).slice(0, 10).map((s) => (
                    <Table.Tr key={s.table}>
                      <Table.Td>{s.table}</Table.Td>
                      <Table.Td ta="right">{formatNumber(s.rows, locale)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(s.totalBytes / 1024, locale)} KiB</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        }}
      </QueryState>
    </Section>
  );
}

export function OpsActions({ servers }: { servers: string[] }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [server, setServer] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: OPS_KEY });
  return (
    <Section title={t('actions')}>
      <Group gap="sm" align="flex-end">
        <ConfirmAction
          label={t('warm')}
          title={t('warm')}
          description={t('warmDescription')}
          action={() => unwrap(api.POST('/api/ops/cache/warm'))}
          success={(r) =>
            t('warmDone', {
              numbers: r.numbers,
              availability: r.availability,
              skipped: r.skipped,
              failed: r.failed,
              duration: formatDuration(r.durationMs, locale),
            })
          }
          onDone={refresh}
        />
        <ConfirmAction
          label={t('replay')}
          title={t('replay')}
          description={t('replayDescription')}
          action={() => unwrap(api.POST('/api/webhook-events/replay-dead', { body: {} }))}
          success={(r) => t('replayDone', { count: r.ids.length })}
          onDone={refresh}
        />
        <ConfirmAction
          label={t('advisor')}
          title={t('advisor')}
          description={t('advisorDescription')}
          action={() => unwrap(api.POST('/api/ops/query-advisor/run', { body: {} }))}
          success={() => t('advisorDone')}
          onDone={refresh}
        />
        <Group gap="xs" align="flex-end">
          <Select label={t('clearServer')} data={servers} value={server} onChange={setServer} w={200} searchable />
          {server && (
            <ConfirmAction
              label={t('clear')}
              title={t('clear')}
              color="orange"
              description={t('clearDescription', { server })}
              action={() => unwrap(api.DELETE('/api/ops/cache/{server}', { params: { path: { server }, query: {} } }))}
              success={(r) => t('clearDone', { deleted: r.deleted, server })}
              onDone={refresh}
            />
          )}
        </Group>
      </Group>
    </Section>
  );
}
