import { Badge, Button, Card, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { DeleteAction } from '../../components/DeleteAction';
import { useErrorMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QuickCreateForm } from '../../components/QuickCreateForm';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { KnowledgeEditor, knowledgeKey, PublishToggle } from './KnowledgeEditor';
import { messages } from './messages';

type CreateDoc = components['schemas']['CreateKnowledgeDocumentDto'];

interface Row {
  id: string;
  title: string;
  status: 'draft' | 'published';
  updatedAt: string;
}

export function KnowledgePage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [editing, setEditing] = useState<string | null>(null);
  const path = { companyId };
  const list = useQuery({
    queryKey: [...knowledgeKey(companyId), 'list', debounced],
    queryFn: async (): Promise<Row[]> =>
      debounced
        ? (
            await unwrap(
              api.GET('/api/companies/{companyId}/knowledge/search', { params: { path, query: { q: debounced } } }),
            )
          ).items
        : (
            await unwrap(
              api.GET('/api/companies/{companyId}/knowledge', { params: { path, query: { pageSize: 100 } } }),
            )
          ).items,
  });

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack>
        <Card withBorder>
          <Group align="flex-end" wrap="wrap">
            <NewDocument onCreated={setEditing} />
            <FromTemplate onCreated={setEditing} />
          </Group>
        </Card>
        <TextInput label={t('search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <QueryState
          query={list}
          isEmpty={(rows) => rows.length === 0}
          empty={
            debounced ? <EmptyState title={t('noHits')} /> : <EmptyState title={t('empty')} hint={t('emptyHint')} />
          }
        >
          {(rows) => <DocumentTable rows={rows} onEdit={setEditing} />}
        </QueryState>
      </Stack>
      {editing && <KnowledgeEditor documentId={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function DocumentTable({ rows, onEdit }: { rows: Row[]; onEdit: (id: string) => void }) {
  const t = useT(messages);
  const { locale } = useLocale();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('docTitle')}</Table.Th>
            <Table.Th>{t('status')}</Table.Th>
            <Table.Th>{t('updated')}</Table.Th>
            <Table.Th>{t('actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.title}</Table.Td>
              <Table.Td>
                <Badge color={row.status === 'published' ? 'teal' : 'gray'}>{t(row.status)}</Badge>
              </Table.Td>
              <Table.Td>{formatDateTime(row.updatedAt, locale)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t('editTitle', { title: row.title })}
                    onClick={() => onEdit(row.id)}
                  >
                    {t('edit')}
                  </Button>
                  <PublishToggle doc={row} />
                  <DeleteAction
                    label={t('delete')}
                    description={t('deleteText', { title: row.title })}
                    done={t('deleted')}
                    remove={(companyId) =>
                      unwrap(
                        api.DELETE('/api/companies/{companyId}/knowledge/{documentId}', {
                          params: { path: { companyId, documentId: row.id } },
                        }),
                      )
                    }
                  />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NewDocument({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  return (
    <QuickCreateForm
      label={t('newDoc')}
      buttonLabel={t('create')}
      field="title"
      create={(title) =>
        unwrap(
          api.POST('/api/companies/{companyId}/knowledge', {
            params: { path: { companyId } },
            body: { title, content: '' } as CreateDoc,
          }),
        )
      }
      onCreated={(doc) => {
        notifications.show({ color: 'teal', message: t('created') });
        void queryClient.invalidateQueries({ queryKey: ['company', companyId] });
        onCreated(doc.id);
      }}
    />
  );
}

function FromTemplate({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  const describe = useErrorMessage();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const templates = useQuery({
    queryKey: ['knowledge-templates'],
    queryFn: () => unwrap(api.GET('/api/knowledge/templates')),
  });
  const create = useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/companies/{companyId}/knowledge/from-template', {
          params: { path: { companyId } },
          body: { templateId: id },
        }),
      ),
    onSuccess: (doc) => {
      notifications.show({ color: 'teal', message: t('createdFromTemplate', { title: doc.title }) });
      void queryClient.invalidateQueries({ queryKey: ['company', companyId] });
      onCreated(doc.id);
    },
  });
  return (
    <Group align="flex-end">
      <Select
        label={t('template')}
        w={320}
        searchable
        data={(templates.data ?? []).map((tpl) => ({
          value: tpl.id,
          label: `${tpl.title} (${tpl.language}, ${tpl.industry})`,
        }))}
        value={templateId}
        onChange={setTemplateId}
        error={templates.error ? describe(templates.error) : create.error ? describe(create.error) : undefined}
      />
      <Button disabled={!templateId} loading={create.isPending} onClick={() => templateId && create.mutate(templateId)}>
        {t('fromTemplate')}
      </Button>
    </Group>
  );
}
