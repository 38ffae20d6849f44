import { Badge, Button, Card, Group, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatMoney } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages, type SetupMessageKey } from './messages';

type SetupItem = components['schemas']['SetupItemDto'];
type Status = SetupItem['status'];

const STATUS: Record<Status, { label: SetupMessageKey; color: string; icon: string }> = {
  ok: { label: 'statusOk', color: 'teal', icon: '✓' },
  warning: { label: 'statusWarning', color: 'yellow', icon: '!' },
  missing: { label: 'statusMissing', color: 'red', icon: '✕' },
};

/** Where each item is fixed, relative to the company. */
const TARGET: Record<SetupItem['key'], string> = {
  calcom_connected: 'integrations',
  calcom_webhook_secret: 'integrations',
  event_types_synced: 'integrations',
  retell_connected: 'integrations',
  phone_numbers_assigned: 'branches',
  services_mapped: 'services',
  knowledge_published: 'knowledge',
  balance: 'billing',
};

/** The explanation of an item in its status; items without a separate warning text use the missing one. */
function explanationKey(item: SetupItem): SetupMessageKey {
  const own = `${item.key}_${item.status}`;
  return (own in messages.en ? own : `${item.key}_missing`) as SetupMessageKey;
}

function SetupRow({ item, companyId }: { item: SetupItem; companyId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const status = STATUS[item.status];
  const detail = item.detail ?? {};
  const vars = {
    total: detail.total ?? 0,
    pending: detail.pending ?? 0,
    balance: formatMoney(detail.balanceCents ?? 0, 'eur', locale),
    threshold: formatMoney(detail.thresholdCents ?? 0, 'eur', locale),
  };
  return (
    <Card withBorder padding="md" component="li" aria-label={t(item.key)} data-status={item.status}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group wrap="nowrap" align="flex-start" gap="sm" style={{ flex: 1, minWidth: 260 }}>
          <ThemeIcon color={status.color} variant="light" radius="xl" aria-hidden>
            {status.icon}
          </ThemeIcon>
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {t(item.key)}
              </Title>
              <Badge color={status.color} variant="light">
                {t(status.label)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t(explanationKey(item), vars)}
            </Text>
          </Stack>
        </Group>
        {item.status !== 'ok' && (
          <Button component={Link} to={`/companies/${companyId}/${TARGET[item.key]}`} variant="light" size="sm">
            {t(`${item.key}_action` as SetupMessageKey)}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** The "integration doctor": the checklist of what makes the company ready for calls, computed by the backend. */
export function SetupPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const setup = useQuery({
    queryKey: ['company', companyId, 'setup'],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/setup', { params: { path: { companyId } } })),
  });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={setup}>
        {({ ready, items }) => {
          const done = items.filter((i) => i.status === 'ok').length;
          return (
            <Stack gap="md">
              <Card withBorder padding="md">
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text fw={600} c={ready ? 'teal' : 'red'} role="status">
                      {ready ? t('ready') : t('notReady')}
                    </Text>
                    <Text size="sm">{t('progress', { done, total: items.length })}</Text>
                  </Group>
                  <Progress
                    value={items.length ? (done / items.length) * 100 : 0}
                    color={ready ? 'teal' : 'yellow'}
                    aria-label={t('progress', { done, total: items.length })}
                  />
                </Stack>
              </Card>
              <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((item) => (
                  <SetupRow key={item.key} item={item} companyId={companyId} />
                ))}
              </Stack>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
