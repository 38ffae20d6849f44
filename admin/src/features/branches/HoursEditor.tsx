import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { normalizeHours, validateHours, WEEKDAYS, type BusinessHours, type Interval, type Weekday } from './hours';
import { messages } from './messages';

/** Per weekday: closed, or one or more HH:mm–HH:mm intervals; saves only when every interval is valid. */
export function HoursEditor({
  initial,
  onSave,
  saving,
  serverError,
}: {
  initial: BusinessHours;
  onSave: (hours: BusinessHours) => void;
  saving?: boolean;
  serverError?: string;
}) {
  const t = useT(messages);
  const [hours, setHours] = useState<BusinessHours>(initial);
  const problems = validateHours(hours);
  const update = (day: Weekday, list: Interval[]) => setHours((h) => ({ ...h, [day]: list }));

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('hours')}</Text>
      {WEEKDAYS.map((day) => {
        const list = hours[day] ?? [];
        return (
          <Group key={day} align="flex-start" gap="xs" wrap="wrap">
            <Text w={100} size="sm" pt={6}>
              {t(day)}
            </Text>
            <Stack gap={4} style={{ flex: 1 }}>
              {list.length === 0 && (
                <Text size="sm" c="dimmed" pt={6}>
                  {t('closed')}
                </Text>
              )}
              {list.map(([from, to], i) => {
                const problem = problems[`${day}.${i}`];
                return (
                  <Group key={i} gap="xs" align="flex-start">
                    <TextInput
                      size="xs"
                      w={90}
                      aria-label={`${t(day)} ${t('from')} ${i + 1}`}
                      value={from}
                      onChange={(e) =>
                        update(
                          day,
                          list.map((iv, k) => (k === i ? [e.currentTarget.value, iv[1]] : iv)),
                        )
                      }
                      error={problem ? t(problem) : undefined}
                    />
                    <Text pt={4}>–</Text>
                    <TextInput
                      size="xs"
                      w={90}
                      aria-label={`${t(day)} ${t('to')} ${i + 1}`}
                      value={to}
                      onChange={(e) =>
                        update(
                          day,
                          list.map((iv, k) => (k === i ? [iv[0], e.currentTarget.value] : iv)),
                        )
                      }
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('removeInterval', { n: String(i + 1), day: t(day) })}
                      onClick={() =>
                        update(
                          day,
                          list.filter((_, k) => k !== i),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  </Group>
                );
              })}
            </Stack>
            <Button
              size="xs"
              variant="subtle"
              aria-label={`${t('addInterval')}: ${t(day)}`}
              onClick={() => update(day, [...list, list.length ? ['14:00', '18:00'] : ['09:00', '17:00']])}
            >
              {t('addInterval')}
            </Button>
          </Group>
        );
      })}
      {serverError && (
        <Text c="red" size="sm" role="alert">
          {serverError}
        </Text>
      )}
      <Group>
        <Button
          size="xs"
          loading={saving}
          disabled={Object.keys(problems).length > 0}
          onClick={() => onSave(normalizeHours(hours))}
        >
          {t('saveHours')}
        </Button>
      </Group>
    </Stack>
  );
}
