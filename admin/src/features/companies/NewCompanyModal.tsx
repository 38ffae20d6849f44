import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { ErrorAlert } from '../../components/ErrorAlert';
import { common } from '../../components/messages';
import { useT } from '../../i18n/i18n';
import { messages } from './messages';

type Company = components['schemas']['CompanyDto'];
type CreateBody = components['schemas']['CreateCompanyDto'];
const FIELDS = ['name', 'timezone', 'locale', 'country'] as const;

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'];
  }
}

/** POST /api/companies: name, time zone, language and country; the backend's field errors under each input. */
export function NewCompanyModal({ onClose, onCreated }: { onClose: () => void; onCreated: (c: Company) => void }) {
  const t = useT(messages);
  const tc = useT(common);
  const zones = useMemo(timeZones, []);
  const [form, setForm] = useState({ name: '', timezone: 'Europe/Berlin', locale: 'de', country: 'DE' });
  const [local, setLocal] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const create = useMutation({
    mutationFn: (body: CreateBody) => unwrap(api.POST('/api/companies', { body })),
    onSuccess: onCreated,
  });
  const server = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const errorOf = (field: (typeof FIELDS)[number]) => local[field] ?? server[field];
  const general = create.error && !FIELDS.some((f) => server[f]) ? create.error : null;
  const set = (field: keyof typeof form) => (value: string | null) => setForm((f) => ({ ...f, [field]: value ?? '' }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = form.name.trim();
    const country = form.country.trim().toUpperCase();
    const problems = {
      ...(name ? {} : { name: t('nameRequired') }),
      ...(/^[A-Z]{2}$/.test(country) ? {} : { country: t('countryInvalid') }),
    };
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate({ name, timezone: form.timezone, locale: form.locale as CreateBody['locale'], country });
  };

  return (
    <Modal opened onClose={onClose} title={t('newCompany')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('name')}
            value={form.name}
            onChange={(e) => set('name')(e.currentTarget.value)}
            error={errorOf('name')}
            required
            data-autofocus
          />
          <Select
            label={t('timezone')}
            data={zones}
            value={form.timezone}
            onChange={set('timezone')}
            searchable
            allowDeselect={false}
            error={errorOf('timezone')}
          />
          <Select
            label={t('locale')}
            data={[
              { value: 'de', label: t('de') },
              { value: 'en', label: t('en') },
            ]}
            value={form.locale}
            onChange={set('locale')}
            allowDeselect={false}
            error={errorOf('locale')}
          />
          <TextInput
            label={t('country')}
            description={t('countryHint')}
            value={form.country}
            onChange={(e) => set('country')(e.currentTarget.value)}
            error={errorOf('country')}
            maxLength={2}
          />
          {general && <ErrorAlert error={general} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {tc('cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
