import { Button, Chip, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/call';
import { ApiError } from '../../api/http';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatMoney } from '../../i18n/format';
import { useLocale, useT } from '../../i18n/i18n';
import { messages } from './messages';

/** The limits of a top-up (CreateTopupCheckoutInput), in euros. */
export const MIN_EUR = 5;
export const MAX_EUR = 5000;
const PRESETS = [20, 50, 100, 250];

/** Chooses an amount and sends the admin to Stripe Checkout; the webhook credits the ledger afterwards. */
export function TopUpForm({ companyId }: { companyId: string }) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [amount, setAmount] = useState<number | string>(50);
  const [localError, setLocalError] = useState<string | null>(null);
  const checkout = useMutation({
    mutationFn: (amountCents: number) =>
      unwrap(
        api.POST('/api/companies/{companyId}/balance/checkout', {
          params: { path: { companyId } },
          body: { amountCents },
        }),
      ),
    onSuccess: ({ url }) => {
      if (url) window.location.assign(url);
      else setLocalError(t('noCheckoutUrl'));
    },
  });
  const fieldError = checkout.error instanceof ApiError ? checkout.error.fieldErrors().amountCents : undefined;
  const range = t('amountRange', {
    min: formatMoney(MIN_EUR * 100, 'eur', locale),
    max: formatMoney(MAX_EUR * 100, 'eur', locale),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const euros = Number(amount);
    if (!Number.isFinite(euros) || euros < MIN_EUR || euros > MAX_EUR) {
      setLocalError(range);
      return;
    }
    setLocalError(null);
    checkout.mutate(Math.round(euros * 100));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('topUpHint')}
        </Text>
        <Chip.Group value={String(amount)} onChange={(value) => setAmount(Number(value))}>
          <Group gap="xs" role="group" aria-label={t('preset')}>
            {PRESETS.map((preset) => (
              <Chip key={preset} value={String(preset)}>
                {formatMoney(preset * 100, 'eur', locale)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <NumberInput
          label={t('amount')}
          description={range}
          value={amount}
          onChange={setAmount}
          min={MIN_EUR}
          max={MAX_EUR}
          decimalScale={2}
          error={localError ?? fieldError}
          maw={260}
        />
        {checkout.error && !fieldError && <ErrorAlert error={checkout.error} />}
        <Group>
          <Button type="submit" loading={checkout.isPending}>
            {t('toCheckout')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
