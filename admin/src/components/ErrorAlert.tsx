import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError } from '../api/http';
import { useT, type Translate } from '../i18n/i18n';
import { common } from './messages';

/** The sentence to show for a failed call: the backend's own message where it has one that helps. */
export function errorMessage(error: unknown, t: Translate<keyof (typeof common)['en']>): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === undefined) return t('networkError');
  if (error.status === 401) return t('sessionExpired');
  if (error.status === 403) return t('forbidden');
  if (error.status === 404) return t('notFound');
  if (error.status >= 500 && error.code === 'INTERNAL') return t('serverError');
  return error.message;
}

export function useErrorMessage(): (error: unknown) => string {
  const t = useT(common);
  return (error) => errorMessage(error, t);
}

export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const t = useT(common);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Group justify="space-between" align="center" wrap="nowrap">
        <div>
          <Text size="sm">{errorMessage(error, t)}</Text>
          {requestId && (
            <Text size="xs" c="dimmed">
              {t('requestId', { id: requestId })}
            </Text>
          )}
        </div>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
