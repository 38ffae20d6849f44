import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/http';
import { DeleteAction } from '../../components/DeleteAction';
import { useErrorMessage } from '../../components/ErrorAlert';
import { EmptyState, QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';

export interface Field {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'list';
  required?: boolean;
  description?: string;
}
export type Values = Record<string, string | number | '' | string[] | null>;

export interface EntityApi<T extends { id: string; name: string }> {
  /** Query key suffix under ['company', companyId]. */
  resource: string;
  list: (companyId: string) => Promise<{ items: T[] }>;
  create: (companyId: string, body: Values) => Promise<unknown>;
  update: (companyId: string, id: string, body: Values) => Promise<unknown>;
  remove: (companyId: string, id: string) => Promise<unknown>;
}

/** Form values → request body: empty optional fields become null, lists are split on commas. */
export function toBody(fields: Field[], form: Record<string, string | number>): Values {
  const body: Values = {};
  for (const f of fields) {
    const v = form[f.key] ?? '';
    if (f.kind === 'list')
      body[f.key] = String(v)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (v === '') body[f.key] = f.required ? '' : null;
    else body[f.key] = f.kind === 'number' ? Number(v) : String(v);
  }
  return body;
}

function toForm(fields: Field[], item?: Record<string, unknown>): Record<string, string | number> {
  const form: Record<string, string | number> = {};
  for (const f of fields) {
    const v = item?.[f.key];
    form[f.key] = Array.isArray(v) ? v.join(', ') : typeof v === 'number' || typeof v === 'string' ? v : '';
  }
  return form;
}

/** A titled table of a company's services or staff, with create, edit (modal) and delete. */
export function EntityList<T extends { id: string; name: string }>({
  title,
  addLabel,
  empty,
  emptyHint,
  fields,
  columns,
  entity,
}: {
  title: string;
  addLabel: string;
  empty: string;
  emptyHint: string;
  fields: Field[];
  columns: { label: string; render: (item: T) => string }[];
  entity: EntityApi<T>;
}) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const query = useQuery({ queryKey: ['company', companyId, entity.resource], queryFn: () => entity.list(companyId) });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: ['company', companyId] });

  return (
    <Stack component="section" aria-label={title}>
      <Group justify="space-between">
        <Title order={3}>{title}</Title>
        <Button onClick={() => setEditing('new')}>{addLabel}</Button>
      </Group>
      <QueryState
        query={query}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState title={empty} hint={emptyHint} />}
      >
        {(data) => (
          <Table.ScrollContainer minWidth={600}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.label}>{c.label}</Table.Th>
                  ))}
                  <Table.Th>{t('actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    {columns.map((c) => (
                      <Table.Td key={c.label}>{c.render(item)}</Table.Td>
                    ))}
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('editNamed', { name: item.name })}
                          onClick={() => setEditing(item)}
                        >
                          {t('edit')}
                        </Button>
                        <DeleteAction
                          label={t('delete')}
                          title={t('deleteNamed', { name: item.name })}
                          description={t('deleteText', { name: item.name })}
                          done={t('deleted')}
                          buttonProps={{ 'aria-label': t('deleteNamed', { name: item.name }) }}
                          remove={(companyId) => entity.remove(companyId, item.id)}
                        />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {editing && (
        <Modal
          opened
          onClose={() => setEditing(null)}
          title={editing === 'new' ? addLabel : t('editNamed', { name: editing.name })}
        >
          <EntityForm
            fields={fields}
            initial={toForm(fields, editing === 'new' ? undefined : (editing as unknown as Record<string, unknown>))}
            save={(body) =>
              editing === 'new' ? entity.create(companyId, body) : entity.update(companyId, editing.id, body)
            }
            onSaved={() => {
              setEditing(null);
              notifications.show({ color: 'teal', message: t('saved') });
              void invalidate();
            }}
          />
        </Modal>
      )}
    </Stack>
  );
}

function EntityForm({
  fields,
  initial,
  save,
  onSaved,
}: {
  fields: Field[];
  initial: Record<string, string | number>;
  save: (body: Values) => Promise<unknown>;
  onSaved: () => void;
}) {
  const t = useT(messages);
  const describe = useErrorMessage();
  const [form, setForm] = useState(initial);
  const mutation = useMutation({ mutationFn: () => save(toBody(fields, form)), onSuccess: onSaved });
  const errors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Stack>
        <SimpleGrid cols={1}>
          {fields.map((f) =>
            f.kind === 'number' ? (
              <NumberInput
                key={f.key}
                label={f.label}
                description={f.description}
                required={f.required}
                allowDecimal={false}
                value={form[f.key]}
                onChange={(v) => setForm({ ...form, [f.key]: v })}
                error={errors[f.key]}
              />
            ) : (
              <TextInput
                key={f.key}
                label={f.label}
                description={f.description}
                required={f.required}
                value={String(form[f.key] ?? '')}
                onChange={(e) => setForm({ ...form, [f.key]: e.currentTarget.value })}
                error={errors[f.key]}
              />
            ),
          )}
        </SimpleGrid>
        {mutation.error && !Object.keys(errors).length ? (
          <Text c="red" size="sm" role="alert">
            {describe(mutation.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
