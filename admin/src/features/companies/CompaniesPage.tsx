import { Anchor, Button, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { formatDateTime, formatMoney } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { messages } from './messages';
import { NewCompanyModal } from './NewCompanyModal';

const PAGE_SIZE = 25;

/** All companies (super admins only): a link to each one's overview, and a form for a new one. */
export function CompaniesPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const companies = useQuery({
    queryKey: ['companies', page],
    queryFn: () => unwrap(api.GET('/api/companies', { params: { query: { page, pageSize: PAGE_SIZE } } })),
  });
  const newButton = <Button onClick={() => setCreating(true)}>{t('newCompany')}</Button>;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={newButton} />
      <QueryState
        query={companies}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('none')} hint={t('noneHint')} action={newButton} />}
      >
        {(data) => (
          <DataTable
            label={t('title')}
            minWidth={720}
            headers={[
              t('name'),
              t('timezone'),
              t('locale'),
              t('country'),
              { label: t('balance'), align: 'right' },
              t('created'),
            ]}
            paging={{ page: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage }}
          >
            {data.items.map((company) => (
              <Table.Tr key={company.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/companies/${company.id}/overview`}>
                    {company.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{company.timezone}</Table.Td>
                <Table.Td>{t(company.locale)}</Table.Td>
                <Table.Td>{company.country}</Table.Td>
                <Table.Td ta="right">{formatMoney(company.balanceCents, 'eur', locale)}</Table.Td>
                <Table.Td>{formatDateTime(company.createdAt, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryState>
      {creating && (
        <NewCompanyModal
          onClose={() => setCreating(false)}
          onCreated={(company) => {
            setCreating(false);
            notifications.show({
              color: 'teal',
              title: t('newCompany'),
              message: t('createdToast', { name: company.name }),
            });
            void queryClient.invalidateQueries({ queryKey: ['companies'] });
            void navigate(`/companies/${company.id}/overview`);
          }}
        />
      )}
    </>
  );
}
