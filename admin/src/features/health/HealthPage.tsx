import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchLiveness, fetchReadiness, parseReadiness } from '../../api/health';
import { isRecord, requestJson } from '../../api/http';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDuration } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { StateBadge } from '../dashboard/parts';
import { messages } from './messages';

/** How often the health page polls the backend. */
export const HEALTH_REFETCH_INTERVAL_MS = 10_000;

export interface CheckRow {
  name: string;
  status: 'up' | 'degraded' | 'down';
  detail?: string;
  latencyMs?: number;
}

export interface CheckReport {
  ok: boolean;
  checks: CheckRow[];
  failing: string[];
}

/** `/health/integrations` (Terminus): every server's check with its latency and detail; a 503 means one is down. */
export async function fetchIntegrations(signal?: AbortSignal): Promise<CheckReport> {
  const { status, body } = await requestJson('/health/integrations', { signal, acceptStatuses: [503] });
  const readiness = parseReadiness(body, status);
  const details = isRecord(body) && isRecord(body.details) ? body.details : {};
  const checks = readiness.checks.map((check) => {
    const entry = isRecord(details[check.name]) ? (details[check.name] as Record<string, unknown>) : {};
    const detail = typeof entry.detail === 'string' ? entry.detail : check.message;
    return {
      name: check.name,
      status: check.status,
      ...(detail === undefined ? {} : { detail }),
      ...(typeof entry.latencyMs === 'number' ? { latencyMs: entry.latencyMs } : {}),
    };
  });
  return { ok: readiness.ready, checks, failing: readiness.failing };
}

async function fetchReady(signal?: AbortSignal): Promise<CheckReport> {
  const readiness = await fetchReadiness(signal);
  return {
    ok: readiness.ready,
    failing: readiness.failing,
    checks: readiness.checks.map(({ name, status, message }) => ({
      name,
      status,
      ...(message === undefined ? {} : { detail: message }),
    })),
  };
}

function useHealth<T>(key: string, fetcher: (signal: AbortSignal) => Promise<T>) {
  return useQuery({
    queryKey: ['health', key],
    queryFn: ({ signal }) => fetcher(signal),
    refetchInterval: HEALTH_REFETCH_INTERVAL_MS,
  });
}

export function HealthPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const live = useHealth('live', fetchLiveness);
  const ready = useHealth('ready', fetchReady);
  const integrations = useHealth('integrations', fetchIntegrations);
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Section title={t('backend')}>
        <QueryState query={live}>
          {(data) => (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Fact label={t('version')} value={data.version} />
              <Fact label={t('role')} value={data.role} />
              <Fact label={t('uptime')} value={formatDuration(data.uptimeSeconds * 1000, locale)} />
            </SimpleGrid>
          )}
        </QueryState>
      </Section>
      <Section title={t('readiness')}>
        <QueryState query={ready}>
          {(data) => (
            <ChecksTable
              report={data}
              caption={t('readinessTable')}
              okLabel={t('ready')}
              failLabel={t('notReady')}
              updatedAt={ready.dataUpdatedAt}
            />
          )}
        </QueryState>
      </Section>
      <Section title={t('integrations')}>
        <QueryState
          query={integrations}
          isEmpty={(d) => d.checks.length === 0}
          empty={<EmptyState title={t('noIntegrations')} />}
        >
          {(data) => (
            <ChecksTable
              report={data}
              caption={t('integrationsTable')}
              okLabel={t('healthy')}
              failLabel={t('unhealthy')}
              updatedAt={integrations.dataUpdatedAt}
              withLatency
            />
          )}
        </QueryState>
      </Section>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function ChecksTable({
  report,
  caption,
  okLabel,
  failLabel,
  updatedAt,
  withLatency,
}: {
  report: CheckReport;
  caption: string;
  okLabel: string;
  failLabel: string;
  updatedAt: number;
  withLatency?: boolean;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Badge size="lg" color={report.ok ? 'teal' : 'red'}>
          {report.ok ? okLabel : failLabel}
        </Badge>
        {report.failing.length > 0 && (
          <Text size="sm" c="red">
            {t('failing', { names: report.failing.join(', ') })}
          </Text>
        )}
      </Group>
      {report.checks.length === 0 ? (
        <Text c="dimmed">{t('noChecks')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label={caption}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('check')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                {withLatency && <Table.Th ta="right">{t('latency')}</Table.Th>}
                <Table.Th>{t('details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.checks.map((check) => (
                <Table.Tr key={check.name}>
                  <Table.Th scope="row">{check.name}</Table.Th>
                  <Table.Td>
                    <StateBadge state={check.status} />
                  </Table.Td>
                  {withLatency && (
                    <Table.Td ta="right">
                      {check.latencyMs === undefined ? '—' : formatDuration(check.latencyMs, locale)}
                    </Table.Td>
                  )}
                  <Table.Td>{check.detail ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="xs" c="dimmed">
        {t('checkedAt', { time: new Date(updatedAt).toLocaleTimeString(locale === 'de' ? 'de-DE' : 'en-GB') })}
      </Text>
    </Stack>
  );
}
