import {
  Button,
  Card,
  Divider,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import type { components } from '../../api/schema';
import { DeleteAction } from '../../components/DeleteAction';
import { useErrorMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { QuickCreateForm } from '../../components/QuickCreateForm';
import { EmptyState, QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/i18n';
import { useCompanyId } from '../../layout/useCompany';
import { toHours, type BusinessHours } from './hours';
import { HoursEditor } from './HoursEditor';
import { messages } from './messages';

type Branch = components['schemas']['BranchDto'];
type PhoneNumber = components['schemas']['PhoneNumberDto'];
type UpdateBranch = components['schemas']['UpdateBranchDto'];
type CreateBranch = components['schemas']['CreateBranchDto'];
type UpdateNumber = components['schemas']['UpdatePhoneNumberDto'];
type CreateNumber = components['schemas']['CreatePhoneNumberDto'];
/** The generated types make defaulted fields (isActive) required and JSON objects `Record<string, never>`; a PATCH sends only what changed. */
type Patch<T> = { [K in keyof T]?: unknown };

const branchesKey = (companyId: string) => ['company', companyId, 'branches'] as const;
const numbersKey = (companyId: string) => ['company', companyId, 'phone-numbers'] as const;

function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

export function BranchesPage() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const path = { companyId };
  const branches = useQuery({
    queryKey: branchesKey(companyId),
    queryFn: () =>
      unwrap(api.GET('/api/companies/{companyId}/branches', { params: { path, query: { pageSize: 100 } } })),
  });
  const numbers = useQuery({
    queryKey: numbersKey(companyId),
    queryFn: () =>
      unwrap(api.GET('/api/companies/{companyId}/phone-numbers', { params: { path, query: { pageSize: 100 } } })),
  });
  const allNumbers = numbers.data?.items ?? [];
  const branchList = branches.data?.items ?? [];
  const unassigned = allNumbers.filter((n) => !n.branchId || !branchList.some((b) => b.id === n.branchId));

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg">
        <AddNumberForm branches={branchList} />
        <CreateBranchForm />
        <QueryState
          query={branches}
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState title={t('noBranches')} hint={t('noBranchesHint')} />}
        >
          {(data) => (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {data.items.map((b) => (
                <BranchCard
                  key={b.id}
                  branch={b}
                  branches={data.items}
                  numbers={allNumbers.filter((n) => n.branchId === b.id)}
                />
              ))}
            </SimpleGrid>
          )}
        </QueryState>
        {unassigned.length > 0 && (
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('unassigned')}
            </Title>
            <NumberList numbers={unassigned} branches={branchList} />
          </Card>
        )}
      </Stack>
    </>
  );
}

function useInvalidate() {
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['company', companyId] });
}

function CreateBranchForm() {
  const t = useT(messages);
  const companyId = useCompanyId();
  const invalidate = useInvalidate();
  return (
    <QuickCreateForm
      label={t('newBranch')}
      buttonLabel={t('create')}
      field="name"
      create={(name) =>
        unwrap(
          api.POST('/api/companies/{companyId}/branches', {
            params: { path: { companyId } },
            body: { name } as CreateBranch,
          }),
        )
      }
      onCreated={() => {
        notifications.show({ color: 'teal', message: t('created') });
        void invalidate();
      }}
    />
  );
}

export function AddNumberForm({ branches }: { branches: Branch[] }) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const invalidate = useInvalidate();
  const describe = useErrorMessage();
  const [number, setNumber] = useState('');
  const [branchId, setBranchId] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/companies/{companyId}/phone-numbers', {
          params: { path: { companyId } },
          body: { number, branchId: branchId ?? null } as CreateNumber,
        }),
      ),
    onSuccess: () => {
      setNumber('');
      notifications.show({ color: 'teal', message: t('numberAdded') });
      void invalidate();
    },
  });
  const errors = fieldErrorsOf(add.error);
  const numberError = add.error ? (errors.number ?? (errors.branchId ? undefined : describe(add.error))) : undefined;
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label={t('phoneNumber')}
            placeholder="030 1234567"
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={numberError}
          />
          <Select
            label={t('branch')}
            placeholder={t('noBranch')}
            clearable
            data={branches.map((b) => ({ value: b.id, label: b.name }))}
            value={branchId}
            onChange={setBranchId}
            error={errors.branchId}
          />
          <Button type="submit" mt={24} loading={add.isPending} disabled={number.trim() === ''}>
            {t('addNumber')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

function BranchCard({ branch, branches, numbers }: { branch: Branch; branches: Branch[]; numbers: PhoneNumber[] }) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const invalidate = useInvalidate();
  const [form, setForm] = useState({
    name: branch.name,
    address: (branch.address as string | null) ?? '',
    timezone: branch.timezone,
    retellAgentId: branch.retellAgentId ?? '',
    calcomEventTypeId: branch.calcomEventTypeId ?? '',
  });
  const patch = (body: Patch<UpdateBranch>) =>
    unwrap(
      api.PATCH('/api/companies/{companyId}/branches/{branchId}', {
        params: { path: { companyId, branchId: branch.id } },
        body: body as UpdateBranch,
      }),
    );
  const onSaved = () => {
    notifications.show({ color: 'teal', message: t('saved') });
    void invalidate();
  };
  const save = useMutation({
    mutationFn: () =>
      patch({
        name: form.name,
        address: form.address || null,
        timezone: form.timezone,
        retellAgentId: form.retellAgentId || null,
        calcomEventTypeId: form.calcomEventTypeId === '' ? null : Number(form.calcomEventTypeId),
      }),
    onSuccess: onSaved,
  });
  const saveHours = useMutation({
    mutationFn: (businessHours: BusinessHours) => patch({ businessHours }),
    onSuccess: onSaved,
  });
  const describe = useErrorMessage();
  const errors = fieldErrorsOf(save.error);
  const hoursErrors = fieldErrorsOf(saveHours.error);
  const hoursError = saveHours.error
    ? (Object.entries(hoursErrors).find(([k]) => k.startsWith('businessHours'))?.[1] ?? describe(saveHours.error))
    : undefined;

  return (
    <Card withBorder component="section" aria-label={branch.name}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {branch.name}
          </Title>
          <DeleteAction
            label={t('deleteBranch')}
            description={t('deleteBranchText', { name: branch.name })}
            done={t('deleted')}
            buttonProps={{ variant: 'light' }}
            remove={(companyId) =>
              unwrap(
                api.DELETE('/api/companies/{companyId}/branches/{branchId}', {
                  params: { path: { companyId, branchId: branch.id } },
                }),
              )
            }
          />
        </Group>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('branchName')}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              error={errors.name}
            />
            <TextInput
              label={t('address')}
              value={form.address}
              onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
              error={errors.address}
            />
            <TextInput
              label={t('timezone')}
              value={form.timezone}
              onChange={(e) => setForm({ ...form, timezone: e.currentTarget.value })}
              error={errors.timezone}
            />
            <TextInput
              label={t('agent')}
              value={form.retellAgentId}
              onChange={(e) => setForm({ ...form, retellAgentId: e.currentTarget.value })}
              error={errors.retellAgentId}
            />
            <NumberInput
              label={t('eventType')}
              value={form.calcomEventTypeId}
              allowDecimal={false}
              min={1}
              onChange={(v) => setForm({ ...form, calcomEventTypeId: typeof v === 'number' ? v : '' })}
              error={errors.calcomEventTypeId}
            />
          </SimpleGrid>
          {save.error && !Object.keys(errors).length ? (
            <Text c="red" size="sm" role="alert" mt="xs">
              {describe(save.error)}
            </Text>
          ) : null}
          <Button type="submit" size="xs" mt="sm" loading={save.isPending}>
            {t('save')}
          </Button>
        </form>
        <Divider />
        <HoursEditor
          initial={toHours(branch.businessHours)}
          onSave={(h) => saveHours.mutate(h)}
          saving={saveHours.isPending}
          serverError={hoursError}
        />
        <Divider />
        <Text fw={600}>{t('numbers')}</Text>
        {numbers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noNumbers')}
          </Text>
        ) : (
          <NumberList numbers={numbers} branches={branches} />
        )}
      </Stack>
    </Card>
  );
}

function NumberList({ numbers, branches }: { numbers: PhoneNumber[]; branches: Branch[] }) {
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {numbers.map((n) => (
        <NumberRow key={n.id} number={n} branches={branches} />
      ))}
    </Stack>
  );
}

function NumberRow({ number, branches }: { number: PhoneNumber; branches: Branch[] }) {
  const t = useT(messages);
  const companyId = useCompanyId();
  const invalidate = useInvalidate();
  const describe = useErrorMessage();
  const [agent, setAgent] = useState(number.retellAgentId ?? '');
  const update = useMutation({
    mutationFn: (body: Patch<UpdateNumber>) =>
      unwrap(
        api.PATCH('/api/companies/{companyId}/phone-numbers/{phoneNumberId}', {
          params: { path: { companyId, phoneNumberId: number.id } },
          body: body as UpdateNumber,
        }),
      ),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('saved') });
      void invalidate();
    },
  });
  const errors = fieldErrorsOf(update.error);
  return (
    <li>
      <Group align="flex-end" wrap="wrap" gap="xs">
        <Text fw={500} ff="monospace" miw={140}>
          {number.number}
        </Text>
        <Select
          size="xs"
          aria-label={t('numberBranch', { number: number.number })}
          placeholder={t('noBranch')}
          clearable
          data={branches.map((b) => ({ value: b.id, label: b.name }))}
          value={number.branchId}
          onChange={(branchId) => update.mutate({ branchId })}
          error={errors.branchId}
        />
        <TextInput
          size="xs"
          aria-label={t('numberAgent', { number: number.number })}
          placeholder={t('agent')}
          value={agent}
          onChange={(e) => setAgent(e.currentTarget.value)}
          onBlur={() => agent !== (number.retellAgentId ?? '') && update.mutate({ retellAgentId: agent || null })}
          error={
            errors.retellAgentId ?? (update.error && !Object.keys(errors).length ? describe(update.error) : undefined)
          }
        />
        <DeleteAction
          label={t('deleteNumber')}
          description={t('deleteNumberText', { number: number.number })}
          done={t('deleted')}
          buttonProps={{ 'aria-label': `${t('deleteNumber')} ${number.number}` }}
          remove={(companyId) =>
            unwrap(
              api.DELETE('/api/companies/{companyId}/phone-numbers/{phoneNumberId}', {
                params: { path: { companyId, phoneNumberId: number.id } },
              }),
            )
          }
        />
      </Group>
    </li>
  );
}
