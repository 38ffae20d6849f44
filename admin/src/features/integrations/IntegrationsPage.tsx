import { SimpleGrid } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { IntegrationCard } from './IntegrationCard';
import { messages } from './messages';

/** Cal.com and Retell: connect, test, sync, and the webhook settings to enter at the vendor. */
export function IntegrationsPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  const integrations = useQuery({
    queryKey: ['company', companyId, 'integrations'],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/integrations', { params: { path: { companyId } } })),
  });
  // A key, a sync or an import changes what the setup checklist, services and numbers show: refresh the company.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['company', companyId] });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={integrations}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            {items.map((integration) => (
              <IntegrationCard
                key={integration.provider}
                companyId={companyId}
                integration={integration}
                onChanged={refresh}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </>
  );
}
