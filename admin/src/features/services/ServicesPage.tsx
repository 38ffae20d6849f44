import { Stack } from '@mantine/core';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/i18n';
import { EntityList, type EntityApi, type Field } from './EntityList';
import { messages } from './messages';

type Service = components['schemas']['ServiceDto'];
type Staff = components['schemas']['StaffDto'];

const services: EntityApi<Service> = {
  resource: 'services',
  list: (companyId) =>
    unwrap(
      api.GET('/api/companies/{companyId}/services', { params: { path: { companyId }, query: { pageSize: 100 } } }),
    ),
  create: (companyId, body) =>
    unwrap(api.POST('/api/companies/{companyId}/services', { params: { path: { companyId } }, body: body as never })),
  update: (companyId, serviceId, body) =>
    unwrap(
      api.PATCH('/api/companies/{companyId}/services/{serviceId}', {
        params: { path: { companyId, serviceId } },
        body: body as never,
      }),
    ),
  remove: (companyId, serviceId) =>
    unwrap(
      api.DELETE('/api/companies/{companyId}/services/{serviceId}', { params: { path: { companyId, serviceId } } }),
    ),
};

const staff: EntityApi<Staff> = {
  resource: 'staff',
  list: (companyId) =>
    unwrap(api.GET('/api/companies/{companyId}/staff', { params: { path: { companyId }, query: { pageSize: 100 } } })),
  create: (companyId, body) =>
    unwrap(api.POST('/api/companies/{companyId}/staff', { params: { path: { companyId } }, body: body as never })),
  update: (companyId, staffId, body) =>
    unwrap(
      api.PATCH('/api/companies/{companyId}/staff/{staffId}', {
        params: { path: { companyId, staffId } },
        body: body as never,
      }),
    ),
  remove: (companyId, staffId) =>
    unwrap(api.DELETE('/api/companies/{companyId}/staff/{staffId}', { params: { path: { companyId, staffId } } })),
};

export function ServicesPage() {
  const t = useT(messages);
  const eventType: Field = {
    key: 'calcomEventTypeId',
    label: t('eventType'),
    kind: 'number',
    description: t('eventTypeHint'),
  };
  const mapped = (item: { calcomEventTypeId: number | null }) =>
    item.calcomEventTypeId === null ? t('notMapped') : String(item.calcomEventTypeId);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xl">
        <EntityList<Service>
          title={t('services')}
          addLabel={t('addService')}
          empty={t('noServices')}
          emptyHint={t('noServicesHint')}
          entity={services}
          fields={[
            { key: 'name', label: t('name'), kind: 'text', required: true },
            { key: 'durationMinutes', label: t('duration'), kind: 'number', required: true },
            { key: 'priceCents', label: t('price'), kind: 'number' },
            { key: 'keywords', label: t('keywords'), kind: 'list' },
            eventType,
          ]}
          columns={[
            { label: t('name'), render: (s) => s.name },
            { label: t('duration'), render: (s) => String(s.durationMinutes) },
            { label: t('eventType'), render: mapped },
          ]}
        />
        <EntityList<Staff>
          title={t('staff')}
          addLabel={t('addStaff')}
          empty={t('noStaff')}
          emptyHint={t('noStaffHint')}
          entity={staff}
          fields={[
            { key: 'name', label: t('name'), kind: 'text', required: true },
            { key: 'email', label: t('email'), kind: 'text' },
            { key: 'calcomUsername', label: t('calcomUsername'), kind: 'text' },
            eventType,
          ]}
          columns={[
            { label: t('name'), render: (s) => s.name },
            { label: t('calcomUsername'), render: (s) => s.calcomUsername ?? '—' },
            { label: t('eventType'), render: mapped },
          ]}
        />
      </Stack>
    </>
  );
}
