import { Alert, Anchor, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import type { components } from '../../api/schema';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatDateTime, formatMoney } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';
import { TopUpForm } from './TopUpForm';

type TransactionType = components['schemas']['BalanceTransactionDto']['type'];
const TYPES: TransactionType[] = ['call_charge', 'topup', 'refund', 'adjustment'];
const PAGE_SIZE = 25;

function Ledger({ companyId }: { companyId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const [type, setType] = useState<TransactionType | null>(null);
  const transactions = useQuery({
    queryKey: ['company', companyId, 'balance', 'transactions', { page, type }],
    queryFn: () =>
      unwrap(
        api.GET('/api/companies/{companyId}/balance/transactions', {
          params: { path: { companyId }, query: { page, pageSize: PAGE_SIZE, ...(type ? { type } : {}) } },
        }),
      ),
  });
  return (
    <Section title={t('ledger')}>
      <Select
        label={t('filterType')}
        placeholder={t('allTypes')}
        data={TYPES.map((value) => ({ value, label: t(value) }))}
        value={type}
        onChange={(value) => {
          setType(value as TransactionType | null);
          setPage(1);
        }}
        clearable
        maw={240}
        mb="md"
      />
      <QueryState
        query={transactions}
        isEmpty={(data) => data.items.length === 0}
        empty={<EmptyState title={t('noTransactions')} hint={t('noTransactionsHint')} />}
      >
        {(data) => (
          <DataTable
            label={t('ledger')}
            minWidth={720}
            headers={[
              t('date'),
              t('type'),
              t('text'),
              { label: t('amountColumn'), align: 'right' },
              { label: t('balanceAfter'), align: 'right' },
            ]}
            paging={{ page: data.page, pageSize: data.pageSize, total: data.total, onChange: setPage }}
          >
            {data.items.map((tx) => (
              <Table.Tr key={tx.id}>
                <Table.Td>{formatDateTime(tx.createdAt, locale)}</Table.Td>
                <Table.Td>{t(tx.type)}</Table.Td>
                <Table.Td>
                  {tx.callId ? (
                    <Anchor component={Link} to={`/companies/${companyId}/calls/${tx.callId}`} size="sm">
                      {tx.description ?? t('openCall')}
                    </Anchor>
                  ) : (
                    (tx.description ?? '—')
                  )}
                </Table.Td>
                <Table.Td ta="right" c={tx.amountCents < 0 ? 'red' : 'teal'}>
                  {formatMoney(tx.amountCents, 'eur', locale)}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(tx.balanceAfterCents, 'eur', locale)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </Section>
  );
}

/** The prepaid balance, a top-up through Stripe Checkout, and the ledger. */
export function BillingPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const companyId = useCompanyId();
  const balance = useQuery({
    queryKey: ['company', companyId, 'balance'],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/balance', { params: { path: { companyId } } })),
  });
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('balance')}>
            <QueryState query={balance}>
              {(b) => (
                <Stack gap="xs">
                  <Text size="sm" c="dimmed">
                    {t('balanceLabel')}
                  </Text>
                  <Title order={4} size="h1" c={b.balanceCents < b.lowBalanceThresholdCents ? 'red' : undefined}>
                    {formatMoney(b.balanceCents, b.currency, locale)}
                  </Title>
                  <Text size="sm">
                    {t('threshold', { amount: formatMoney(b.lowBalanceThresholdCents, b.currency, locale) })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('rate', {
                      amount: formatMoney(b.ratePerMinuteCents, b.currency, locale),
                      seconds: b.billingIncrementSeconds,
                    })}
                  </Text>
                  {b.balanceCents < b.lowBalanceThresholdCents && (
                    <Alert color={b.balanceCents <= 0 ? 'red' : 'yellow'} variant="light">
                      {b.balanceCents <= 0 ? t('empty') : t('low')}
                    </Alert>
                  )}
                </Stack>
              )}
            </QueryState>
          </Section>
          <Section title={t('topUp')}>
            <TopUpForm companyId={companyId} />
          </Section>
        </SimpleGrid>
        <Ledger companyId={companyId} />
      </Stack>
    </>
  );
}
