import { Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { common } from './messages';

/**
 * Previous / next under a paged list (`total`, `page`, `pageSize` of the API's page envelope). Renders nothing
 * while everything fits on one page.
 */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}) {
  const t = useT(common);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        {t('previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('pageOf', { page, pages })}
      </Text>
      <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        {t('next')}
      </Button>
    </Group>
  );
}
