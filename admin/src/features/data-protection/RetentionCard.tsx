import { Button, Group, NumberInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import { Section } from '../../components/Section';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/i18n';
import { companyKey, type Company } from '../../layout/useCompany';
import { messages } from './messages';

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/** The company's retention (`settings.retentionDays`), validated here and by the API. */
export function RetentionCard({ company }: { company: Company }) {
  const t = useT(messages);
  const queryClient = useQueryClient();
  const [days, setDays] = useState<number | string>(company.settings.retentionDays);
  const [invalid, setInvalid] = useState(false);
  const mutation = useMutation({
    mutationFn: (retentionDays: number) =>
      unwrap(
        api.PATCH('/api/companies/{companyId}', {
          params: { path: { companyId: company.id } },
          body: { settings: { retentionDays } },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(companyKey(company.id), updated);
      notifications.show({
        color: 'teal',
        title: t('retentionTitle'),
        message: t('retentionSaved', { days: updated.settings.retentionDays }),
      });
      return queryClient.invalidateQueries({ queryKey: companyKey(company.id) });
    },
  });
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  const apiError = fieldErrors['settings.retentionDays'] ?? fieldErrors.retentionDays ?? fieldErrors.settings;
  const error = invalid ? t('retentionInvalid') : apiError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = typeof days === 'number' ? days : Number(days);
    const ok = days !== '' && Number.isInteger(value) && value >= MIN_RETENTION_DAYS && value <= MAX_RETENTION_DAYS;
    setInvalid(!ok);
    if (ok) mutation.mutate(value);
  };
  const unchanged = Number(days) === company.settings.retentionDays;

  return (
    <Section title={t('retentionTitle')} hint={t('retentionHint')}>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <NumberInput
            label={t('retentionDays')}
            value={days}
            onChange={(value) => {
              setDays(value);
              setInvalid(false);
            }}
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={error}
            w={{ base: '100%', sm: 420 }}
          />
          <Button type="submit" mt={{ base: 0, sm: 24 }} loading={mutation.isPending} disabled={unchanged && !invalid}>
            {t('save')}
          </Button>
        </Group>
        {mutation.error && !apiError && <ErrorAlert error={mutation.error} />}
      </form>
    </Section>
  );
}
