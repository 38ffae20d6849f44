import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  type ButtonProps,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { CopyField } from '../../components/CopyField';
import { common } from '../../components/messages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';

type Scope = components['schemas']['ApiKeyDto']['scopes'][number];
type CreatedKey = components['schemas']['CreatedApiKeyDto'];
const SCOPES: Scope[] = ['voice', 'admin'];
const PAGE_SIZE = 50;

/** The company's API keys: list, create (the secret shown once), revoke. */
export function ApiKeysPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const keys = useQuery({
    queryKey: ['company', companyId, 'api-keys', page],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/api-keys', {
          params: { path: { companyId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['company', companyId, 'api-keys'] });
  const createButton = <Button onClick={() => setCreating(true)}>{t('create')}</Button>;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={createButton} />
      <QueryState
        query={keys}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('empty')} hint={t('emptyHint')} />}
      >
        {(data) => (
          <>
            <DataTable
              label={t('title')}
              minWidth={760}
              headers={[t('name'), t('scopes'), t('prefix'), t('created'), t('lastUsed'), t('status'), '']}
              paging={{ page: page, pageSize: PAGE_SIZE, total: data.total, onChange: setPage }}
            >
              {data.items.map((key) => (
                <Table.Tr key={key.id} c={key.revokedAt ? 'dimmed' : undefined}>
                  <Table.Td fw={500}>{key.name}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {key.scopes.map((s) => (
                        <Badge key={s} variant="outline" color={s === 'admin' ? 'grape' : 'indigo'}>
                          {s}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      swb_{key.prefix}_…
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(key.createdAt, locale)}</Table.Td>
                  <Table.Td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, locale) : t('never')}</Table.Td>
                  <Table.Td>
                    {key.revokedAt ? (
                      <Badge color="gray">{t('revoked', { time: formatDateTime(key.revokedAt, locale) })}</Badge>
                    ) : (
                      <Badge color="teal">{t('active')}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!key.revokedAt && (
                      <ConfirmAction
                        label={t('revoke')}
                        color="red"
                        buttonProps={{ size: 'xs', 'aria-label': t('revokeLabel', { name: key.name }) } as ButtonProps}
                        title={t('revokeTitle', { name: key.name })}
                        description={t('revokeDescription')}
                        confirmLabel={t('revoke')}
                        action={() =>
                          unwrap(
                            api.DELETE('/api/companies/{companyId}/api-keys/{apiKeyId}', {
                              params: { path: { companyId, apiKeyId: key.id } },
                            }),
                          )
                        }
                        success={() => t('revokedToast', { name: key.name })}
                        onDone={() => void refresh()}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </>
        )}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('create')} centered>
        {creating && (
          <CreateKeyForm
            companyId={companyId}
            onCancel={() => setCreating(false)}
            onCreated={(key) => {
              setCreating(false);
              setCreated(key);
              notifications.show({ color: 'teal', title: t('title'), message: t('createdToast', { name: key.name }) });
              void refresh();
            }}
          />
        )}
      </Modal>
      {/* The secret lives only in this state: closing the dialog forgets it. */}
      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('createdTitle')}
        centered
        size="lg"
        closeOnClickOutside={false}
      >
        {created && (
          <Stack gap="md">
            <Alert color="yellow" variant="light" role="alert">
              {t('secretWarning')}
            </Alert>
            <CopyField label={t('secretLabel')} value={created.secret} />
            <Group justify="flex-end">
              <Button onClick={() => setCreated(null)}>{t('secretDone')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function CreateKeyForm({
  companyId,
  onCancel,
  onCreated,
}: {
  companyId: string;
  onCancel: () => void;
  onCreated: (key: CreatedKey) => void;
}) {
  const t = useT(messages);
  const tc = useT(common);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['voice']);
  const [touched, setTouched] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/companies/{companyId}/api-keys', {
          params: { path: { companyId } },
          body: { name: name.trim(), scopes },
        }),
      ),
    onSuccess: onCreated,
  });
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const nameError = touched && !name.trim() ? t('nameRequired') : fieldErrors.name;
  const scopesError = touched && scopes.length === 0 ? t('scopesRequired') : fieldErrors.scopes;
  const otherError = mutation.error && !fieldErrors.name && !fieldErrors.scopes ? mutation.error : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!name.trim() || scopes.length === 0) return;
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('name')}
          placeholder={t('namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={200}
          required
          data-autofocus
        />
        <Checkbox.Group
          label={t('scopes')}
          value={scopes}
          onChange={(value) => setScopes(value as Scope[])}
          error={scopesError}
          required
        >
          <Stack gap="xs" mt="xs">
            {SCOPES.map((s) => (
              <Checkbox key={s} value={s} label={t(`scope.${s}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {otherError && <ErrorAlert error={otherError} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {tc('cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
