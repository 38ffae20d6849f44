import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompany, useCompanyId } from '../../layout/useCompany';
import { CallerDataCard } from './CallerDataCard';
import { messages } from './messages';
import { RetentionCard } from './RetentionCard';

/** Retention settings, and one caller's export or erase. */
export function DataProtectionPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const company = useCompany(companyId);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <QueryState query={company}>{(data) => <RetentionCard key={data.updatedAt} company={data} />}</QueryState>
        <CallerDataCard companyId={companyId} />
      </Stack>
    </>
  );
}
