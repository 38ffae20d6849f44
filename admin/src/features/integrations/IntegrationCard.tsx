import { Badge, Button, Card, Group, Modal, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { CopyField } from '../../components/CopyField';
import { useErrorMessage } from '../../components/ErrorAlert';
import { common } from '../../components/messages';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { IntegrationKeyModal, type Integration, type Provider } from './IntegrationKeyModal';
import { messages, type IntegrationKey } from './messages';

type SyncResult = components['schemas']['SyncResultDto'];
type ImportResult = components['schemas']['ImportResultDto'];

const STATUS: Record<Integration['status'], { key: IntegrationKey; color: string }> = {
  connected: { key: 'statusConnected', color: 'teal' },
  unconfigured: { key: 'statusUnconfigured', color: 'gray' },
  error: { key: 'statusError', color: 'red' },
};

/** Pulls the vendor's objects in: Cal.com event types into services, Retell numbers onto branches. */
function sync(companyId: string, provider: Provider): Promise<SyncResult> {
  const params = { params: { path: { companyId } } };
  return unwrap(
    provider === 'calcom'
      ? api.POST('/api/companies/{companyId}/integrations/calcom/sync', params)
      : api.POST('/api/companies/{companyId}/integrations/retell/sync-phone-numbers', params),
  );
}

/** A button that runs one call and reports its outcome in a toast. */
function RunButton<R>({
  label,
  run,
  success,
  onDone,
}: {
  label: string;
  run: () => Promise<R>;
  success: (result: R) => { ok: boolean; message: string };
  onDone: () => void;
}) {
  const describeError = useErrorMessage();
  const tc = useT(common);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      const outcome = success(result);
      notifications.show({ color: outcome.ok ? 'teal' : 'red', title: label, message: outcome.message });
      onDone();
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: `${label} — ${tc('failed')}`, message: describeError(error) });
      onDone();
    },
  });
  return (
    <Button variant="light" loading={mutation.isPending} onClick={() => mutation.mutate()}>
      {label}
    </Button>
  );
}

/** Asks for the number of days, then imports the Retell calls of those days. */
function ImportCallsButton({ companyId, onDone }: { companyId: string; onDone: () => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const describeError = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState<number | string>(7);
  const mutation = useMutation({
    mutationFn: (value: number) =>
      unwrap(
        api.POST('/api/companies/{companyId}/integrations/retell/import-calls', {
          params: { path: { companyId } },
          body: { days: value },
        }),
      ),
    onSuccess: (result: ImportResult) => {
      setOpen(false);
      notifications.show({ color: 'teal', title: t('importTitle'), message: t('importDone', { ...result }) });
      onDone();
    },
  });
  const fieldError = mutation.error instanceof ApiError ? mutation.error.fieldErrors().days : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(Number(days));
  };
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)}>
        {t('importCalls')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('importTitle')} centered>
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm">{t('importHint')}</Text>
            <NumberInput
              label={t('importDays')}
              min={1}
              max={90}
              value={days}
              onChange={setDays}
              allowDecimal={false}
              error={fieldError ?? (mutation.error && !fieldError ? describeError(mutation.error) : undefined)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)} disabled={mutation.isPending}>
                {tc('cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('importRun')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" miw={110}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  );
}

/** One vendor: its status, last test, key, webhook, and the actions that fix or use the connection. */
export function IntegrationCard({
  companyId,
  integration,
  onChanged,
}: {
  companyId: string;
  integration: Integration;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const provider: Provider = integration.provider;
  const name = t(provider);
  const status = STATUS[integration.status];
  const configured = integration.status !== 'unconfigured';
  const path = { params: { path: { companyId, provider } } };

  const lastTest =
    integration.lastTestedAt === null
      ? t('neverTested')
      : integration.lastTestOk
        ? t('lastTestOk', { time: formatDateTime(integration.lastTestedAt, locale) })
        : t('lastTestFailed', {
            time: formatDateTime(integration.lastTestedAt, locale),
            detail: integration.lastTestDetail ?? '',
          });
  const syncMessage = (result: SyncResult) => ({ ok: result.failed === 0, message: t('syncDone', { ...result }) });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`integration-${provider}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={3} size="h4" id={`integration-${provider}`}>
            {name}
          </Title>
          <Badge color={status.color} variant="light" size="lg" aria-label={`${t('statusLabel')}: ${t(status.key)}`}>
            {t(status.key)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {provider === 'calcom' ? t('calcomHint') : t('retellHint')}
        </Text>
        <Row label={t('apiKey')}>
          {integration.apiKeyLast4 ? t('keyMasked', { last4: `••••${integration.apiKeyLast4}` }) : t('noKey')}
        </Row>
        {configured && <Row label={t('lastTest')}>{lastTest}</Row>}
        <CopyField
          label={t('webhookUrl')}
          description={t('webhookUrlHint', { provider: name })}
          value={integration.webhookUrl}
        />
        {secret && <CopyField label={t('webhookSecret')} description={t('webhookSecretHint')} value={secret} />}
        <Group gap="sm">
          <Button variant={configured ? 'default' : 'filled'} onClick={() => setEditing(true)}>
            {configured ? t('changeKey') : t('connect')}
          </Button>
          {configured && (
            <>
              <RunButton
                label={t('test')}
                run={() => unwrap(api.POST('/api/companies/{companyId}/integrations/{provider}/test', path))}
                success={(r) => ({
                  ok: r.ok,
                  message: r.ok ? t('testOk', { latency: r.latencyMs }) : t('testFailed', { detail: r.detail }),
                })}
                onDone={onChanged}
              />
              <RunButton
                label={provider === 'calcom' ? t('syncEventTypes') : t('syncPhoneNumbers')}
                run={() => sync(companyId, provider)}
                success={syncMessage}
                onDone={onChanged}
              />
              {provider === 'calcom' ? (
                <ConfirmAction
                  label={t('generateSecret')}
                  title={t('generateSecretTitle')}
                  description={t('generateSecretDescription')}
                  action={() =>
                    unwrap(api.POST('/api/companies/{companyId}/integrations/{provider}/webhook-secret', path))
                  }
                  success={() => t('secretGenerated')}
                  onDone={(result) => {
                    setSecret(result.secret);
                    onChanged();
                  }}
                />
              ) : (
                <ImportCallsButton companyId={companyId} onDone={onChanged} />
              )}
              <ConfirmAction
                label={t('disconnect')}
                color="red"
                title={t('disconnectTitle', { provider: name })}
                description={t('disconnectDescription', { provider: name })}
                confirmLabel={t('disconnect')}
                action={() => unwrap(api.DELETE('/api/companies/{companyId}/integrations/{provider}', path))}
                success={() => t('disconnected', { provider: name })}
                onDone={() => {
                  setSecret(null);
                  onChanged();
                }}
              />
            </>
          )}
        </Group>
      </Stack>
      {editing && (
        <IntegrationKeyModal
          companyId={companyId}
          integration={integration}
          providerName={name}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: 'teal', title: name, message: t('saved', { provider: name }) });
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
