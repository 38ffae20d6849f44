import { Badge, Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { useErrorMessage } from '../../components/ErrorAlert';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { MarkdownPreview } from './MarkdownPreview';
import { messages } from './messages';

type Doc = components['schemas']['KnowledgeDocumentDto'];
type UpdateDoc = components['schemas']['UpdateKnowledgeDocumentDto'];

export const knowledgeKey = (companyId: string) => ['company', companyId, 'knowledge'] as const;

/** PATCHes a document and refreshes the company's knowledge lists. */
export function useUpdateDocument(documentId: string) {
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<UpdateDoc>) =>
      unwrap(
        api.PATCH('/api/companies/{companyId}/knowledge/{documentId}', {
          params: { path: { companyId, documentId } },
          body: body as UpdateDoc,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['company', companyId] }),
  });
}

export function PublishToggle({ doc }: { doc: Pick<Doc, 'id' | 'title' | 'status'> }) {
  const t = useT(messages);
  const describe = useErrorMessage();
  const update = useUpdateDocument(doc.id);
  const publish = doc.status === 'draft';
  return (
    <Button
      size="xs"
      variant="light"
      loading={update.isPending}
      onClick={() =>
        update.mutate(
          { status: publish ? 'published' : 'draft' },
          {
            onSuccess: () =>
              notifications.show({
                color: 'teal',
                message: t(publish ? 'nowPublished' : 'nowDraft', { title: doc.title }),
              }),
            onError: (e) => notifications.show({ color: 'red', message: describe(e) }),
          },
        )
      }
    >
      {t(publish ? 'publish' : 'unpublish')}
    </Button>
  );
}

/** The markdown editor of one document, with a live preview, in a modal. */
export function KnowledgeEditor({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const companyId = useCompanyId();
  const t = useT(messages);
  const doc = useQuery({
    queryKey: [...knowledgeKey(companyId), documentId],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/knowledge/{documentId}', { params: { path: { companyId, documentId } } }),
      ),
  });
  return (
    <Modal opened onClose={onClose} size="90%" title={doc.data ? t('editTitle', { title: doc.data.title }) : t('edit')}>
      <QueryState query={doc}>{(data) => <EditorForm doc={data} onClose={onClose} />}</QueryState>
    </Modal>
  );
}

function EditorForm({ doc, onClose }: { doc: Doc; onClose: () => void }) {
  const t = useT(messages);
  const describe = useErrorMessage();
  const [title, setTitle] = useState(doc.title);
  const [content, setContent] = useState(doc.content);
  const update = useUpdateDocument(doc.id);
  const errors = update.error instanceof ApiError ? update.error.fieldErrors() : {};
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(
          { title, content },
          { onSuccess: () => notifications.show({ color: 'teal', message: t('saved') }) },
        );
      }}
    >
      <Stack>
        <Group justify="space-between">
          <Badge color={doc.status === 'published' ? 'teal' : 'gray'}>{t(doc.status)}</Badge>
          <PublishToggle doc={doc} />
        </Group>
        <TextInput
          label={t('docTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea
            label={t('content')}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            rows={14}
            error={errors.content}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('preview')}
            </Text>
            <MarkdownPreview source={content} />
          </Stack>
        </SimpleGrid>
        {update.error && !Object.keys(errors).length ? (
          <Text c="red" size="sm" role="alert">
            {describe(update.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('close')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
