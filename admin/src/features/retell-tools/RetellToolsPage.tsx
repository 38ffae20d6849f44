import { Alert, Badge, Button, Card, Code, CopyButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { CopyText } from '../../components/CopyField';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { messages } from './messages';

const asJson = (value: unknown) => JSON.stringify(value, null, 2);

/** The custom-function definitions to paste into the company's Retell agents, each and all copyable. */
export function RetellToolsPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const tools = useQuery({
    queryKey: ['company', companyId, 'retell-tools'],
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}/retell/tools', { params: { path: { companyId } } })),
  });
  const copyAll = tools.data && tools.data.length > 0 && (
    <CopyButton value={asJson(tools.data)} timeout={2000}>
      {({ copied, copy }) => (
        <Button onClick={copy} color={copied ? 'teal' : undefined}>
          {copied ? t('copiedAll') : t('copyAll')}
        </Button>
      )}
    </CopyButton>
  );

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={copyAll} />
      <Stack gap="lg">
        <Alert variant="light" title={t('howTitle')}>
          <List type="ordered" size="sm" spacing={4}>
            <List.Item>{t('how1')}</List.Item>
            <List.Item>{t('how2')}</List.Item>
            <List.Item>{t('how3')}</List.Item>
          </List>
        </Alert>
        <QueryState
          query={tools}
          isEmpty={(data) => data.length === 0}
          empty={<EmptyState title={t('empty')} hint={t('emptyHint')} />}
        >
          {(data) => (
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('count', { count: data.length })}
              </Text>
              {data.map((tool) => (
                <Card key={tool.name} withBorder padding="lg" component="section" aria-label={tool.name}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
                    <Stack gap={4}>
                      <Group gap="sm">
                        <Title order={3} size="h4" ff="monospace">
                          {tool.name}
                        </Title>
                        <Badge variant="light">{t('timeout', { ms: tool.timeout_ms })}</Badge>
                      </Group>
                      <Text size="sm">{tool.description}</Text>
                      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {tool.url}
                      </Text>
                    </Stack>
                    <CopyText value={asJson(tool)} label={t('copyTool', { name: tool.name })} />
                  </Group>
                  <Code block style={{ maxHeight: 360, overflow: 'auto' }}>
                    {asJson(tool)}
                  </Code>
                </Card>
              ))}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
