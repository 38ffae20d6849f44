import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { common } from '../../components/messages';
import { useT } from '../../i18n/i18n';
import { messages } from './messages';

export type Integration = components['schemas']['IntegrationDto'];
export type Provider = Integration['provider'];
type PutBody = components['schemas']['PutIntegrationDto'];

/** The body of PUT …/integrations/{provider} from the form's inputs; blank optional fields are left out. */
export function keyBody(provider: Provider, input: { apiKey: string; webhookKey: string; apiUrl: string }): PutBody {
  const body: PutBody = { apiKey: input.apiKey.trim() };
  if (provider === 'retell' && input.webhookKey.trim()) body.webhookKey = input.webhookKey.trim();
  if (provider === 'calcom' && input.apiUrl.trim()) body.settings = { apiUrl: input.apiUrl.trim() };
  return body;
}

/**
 * Connects a vendor or replaces its key (mounted only while open, so it starts empty). The backend asks the vendor
 * first; a refused key comes back as a 400 on `apiKey`, shown under that field.
 */
export function IntegrationKeyModal({
  companyId,
  integration,
  providerName,
  onClose,
  onSaved,
}: {
  companyId: string;
  integration: Integration;
  providerName: string;
  onClose: () => void;
  onSaved: (saved: Integration) => void;
}) {
  const t = useT(messages);
  const tc = useT(common);
  const provider = integration.provider;
  const [apiKey, setApiKey] = useState('');
  const [webhookKey, setWebhookKey] = useState('');
  const [apiUrl, setApiUrl] = useState(integration.settings.apiUrl ?? '');
  const [keyError, setKeyError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: PutBody) =>
      unwrap(
        api.PUT('/api/companies/{companyId}/integrations/{provider}', {
          params: { path: { companyId, provider } },
          body,
        }),
      ),
    onSuccess: onSaved,
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const shownElsewhere = ['apiKey', 'webhookKey', 'settings.apiUrl', 'settings'];
  const generalError =
    save.error && !shownElsewhere.some((field) => fieldErrors[field] !== undefined) ? save.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = apiKey.trim();
    const problem = !trimmed ? t('apiKeyRequired') : trimmed.length < 8 ? t('apiKeyTooShort') : null;
    setKeyError(problem);
    if (!problem) save.mutate(keyBody(provider, { apiKey, webhookKey, apiUrl }));
  };

  return (
    <Modal opened onClose={onClose} title={t('keyTitle', { provider: providerName })} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('keyHint', { provider: providerName })}
          </Text>
          <PasswordInput
            label={t('apiKey')}
            value={apiKey}
            onChange={(e) => setApiKey(e.currentTarget.value)}
            error={keyError ?? fieldErrors.apiKey}
            autoComplete="off"
            required
            data-autofocus
          />
          {provider === 'retell' && (
            <PasswordInput
              label={t('webhookKey')}
              description={t('webhookKeyHint')}
              value={webhookKey}
              onChange={(e) => setWebhookKey(e.currentTarget.value)}
              error={fieldErrors.webhookKey}
              autoComplete="off"
            />
          )}
          {provider === 'calcom' && (
            <TextInput
              label={t('apiUrl')}
              description={t('apiUrlHint')}
              value={apiUrl}
              onChange={(e) => setApiUrl(e.currentTarget.value)}
              error={fieldErrors['settings.apiUrl'] ?? fieldErrors.settings}
              type="url"
            />
          )}
          {generalError && <ErrorAlert error={generalError} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {tc('cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
