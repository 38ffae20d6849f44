import { Anchor, Badge, Box, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime, formatDuration, formatMoney } from '../../i18n/format';
import { useLocale, useT, type Translate } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { CallStatusBadge, callerLabel, type CallDetail } from './callFormat';
import { messages, type CallsKey } from './messages';
import { toUtterances } from './transcript';

/** One call: details, Retell's analysis, the conversation, the tool calls with latency, and its booking. */
export function CallDetailPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const { callId = '' } = useParams();
  const call = useQuery({
    queryKey: ['company', companyId, 'calls', 'detail', callId],
    queryFn: () =>
      unwrap(api.GET('/api/companies/{companyId}/calls/{callId}', { params: { path: { companyId, callId } } })),
  });
  return (
    <>
      <Anchor component={Link} to=".." relative="path" size="sm" mb="xs" display="inline-block">
        {t('backToCalls')}
      </Anchor>
      <QueryState query={call}>{(data) => <CallView call={data} t={t} />}</QueryState>
    </>
  );
}

function CallView({ call, t }: { call: CallDetail; t: Translate<CallsKey> }) {
  const { locale } = useLocale();
  return (
    <>
      <PageHeader title={t('callTitle', { caller: callerLabel(call, t) })} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('details')}>
            <Facts
              rows={[
                [t('status'), <CallStatusBadge key="s" status={call.status} t={t} />],
                [t('started'), formatDateTime(call.startedAt, locale)],
                [t('ended'), formatDateTime(call.endedAt, locale)],
                [
                  t('duration'),
                  call.durationSeconds === null ? '—' : formatDuration(call.durationSeconds * 1000, locale),
                ],
                [t('branch'), call.branch?.name ?? '—'],
                [t('direction'), call.direction ? t(`direction.${call.direction}`) : '—'],
                [t('fromNumber'), call.fromNumber ?? '—'],
                [t('toNumber'), call.toNumber ?? '—'],
                [t('disconnectionReason'), call.disconnectionReason ?? '—'],
                [t('cost'), call.costCents === null ? '—' : formatMoney(call.costCents, 'usd', locale)],
                [t('retellCallId'), call.retellCallId],
                ...(safeUrl(call.recordingUrl)
                  ? [
                      [
                        t('recording'),
                        <Anchor key="r" href={safeUrl(call.recordingUrl)} target="_blank" rel="noreferrer noopener">
                          {t('listen')}
                        </Anchor>,
                      ] as [string, ReactNode],
                    ]
                  : []),
              ]}
            />
          </Section>
          <Section title={t('analysis')}>
            <Analysis call={call} t={t} />
          </Section>
        </SimpleGrid>
        <Section title={t('appointments')}>
          <Appointments call={call} t={t} />
        </Section>
        <Section title={t('toolCalls')} hint={t('toolCallsHint')}>
          <ToolCalls call={call} t={t} />
        </Section>
        <Section title={t('transcript')}>
          <Transcript call={call} t={t} />
        </Section>
      </Stack>
    </>
  );
}

/** Only web links: a recording URL is data from outside and must not become a `javascript:` link. */
function safeUrl(url: string | null): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160} fw={500} c="dimmed">
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Fields of Retell's analysis shown by name above; the rest is listed as it comes. */
const KNOWN_ANALYSIS = new Set(['call_summary', 'user_sentiment', 'call_successful']);

function Analysis({ call, t }: { call: CallDetail; t: Translate<CallsKey> }) {
  const extra = Object.entries(call.analysis ?? {}).filter(
    ([key, value]) => !KNOWN_ANALYSIS.has(key) && value !== null,
  );
  if (!call.summary && !call.sentiment && call.successful === null && extra.length === 0) {
    return <Text c="dimmed">{t('noAnalysis')}</Text>;
  }
  return (
    <Stack gap="sm">
      {call.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{call.summary}</Text>}
      <Facts
        rows={[
          [t('sentiment'), call.sentiment ?? '—'],
          [
            t('success'),
            call.successful === null ? (
              '—'
            ) : (
              <Badge color={call.successful ? 'teal' : 'red'} variant="light">
                {t(call.successful ? 'successful' : 'unsuccessful')}
              </Badge>
            ),
          ],
          ...extra.map(([key, value]): [string, ReactNode] => [
            key.replace(/_/g, ' '),
            <Text
              key={key}
              size="sm"
              ff={typeof value === 'object' ? 'monospace' : undefined}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value)}
            </Text>,
          ]),
        ]}
      />
    </Stack>
  );
}

function Transcript({ call, t }: { call: CallDetail; t: Translate<CallsKey> }) {
  const turns = toUtterances(call.transcriptObject, call.transcript);
  if (turns.length === 0) return <Text c="dimmed">{t('noTranscript')}</Text>;
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {turns.map((turn, i) => {
        const agent = turn.role === 'agent';
        return (
          <Box
            key={i}
            component="li"
            maw="80%"
            px="md"
            py="xs"
            style={{
              alignSelf: agent ? 'flex-start' : 'flex-end',
              borderRadius: 12,
              background: agent ? 'var(--mantine-color-gray-1)' : 'var(--mantine-color-indigo-0)',
            }}
          >
            <Text size="xs" fw={600} c={agent ? 'dimmed' : 'indigo'}>
              {t(agent ? 'agent' : 'user')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {turn.text}
            </Text>
          </Box>
        );
      })}
    </Stack>
  );
}

function ToolCalls({ call, t }: { call: CallDetail; t: Translate<CallsKey> }) {
  const { locale } = useLocale();
  if (call.toolCalls.length === 0) return <Text c="dimmed">{t('noToolCalls')}</Text>;
  return (
    <DataTable
      label={t('toolCalls')}
      minWidth={640}
      headers={[t('time'), t('tool'), t('outcome'), { label: t('latency'), align: 'right' }, t('errorCode')]}
      striped={false}
    >
      {call.toolCalls.map((tc) => (
        <Table.Tr key={tc.id}>
          <Table.Td>{formatDateTime(tc.createdAt, locale)}</Table.Td>
          <Table.Td>
            <Text size="sm" ff="monospace">
              {tc.server}.{tc.tool}
            </Text>
          </Table.Td>
          <Table.Td>
            <Badge
              color={tc.outcome === 'success' ? 'teal' : tc.outcome === 'error' ? 'red' : 'yellow'}
              variant="light"
              miw="fit-content"
            >
              {tc.outcome}
            </Badge>
          </Table.Td>
          <Table.Td ta="right">{formatDuration(tc.latencyMs, locale)}</Table.Td>
          <Table.Td>{tc.errorCode ?? '—'}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

function Appointments({ call, t }: { call: CallDetail; t: Translate<CallsKey> }) {
  const { locale } = useLocale();
  if (call.appointments.length === 0) {
    return <EmptyState title={t('noAppointments')} />;
  }
  return (
    <Stack gap="xs">
      {call.appointments.map((a) => (
        <Group key={a.id} gap="md" wrap="wrap">
          <Badge color={a.status === 'cancelled' ? 'gray' : 'teal'}>{t(`appointment.${a.status}`)}</Badge>
          <Text fw={500}>
            {formatDateTime(a.startsAt, locale)} – {formatDateTime(a.endsAt, locale)}
          </Text>
          {a.calcomBookingUid && (
            <Text size="sm" c="dimmed">
              {t('calcomUid')}: {a.calcomBookingUid}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
