import { ActionIcon, CopyButton, Group, TextInput, Tooltip } from '@mantine/core';
import { useT } from '../i18n/i18n';
import { common } from './messages';

/** A read-only value with a copy button (webhook URLs, secrets shown once, tool definitions). */
export function CopyField({ label, value, description }: { label: string; value: string; description?: string }) {
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <TextInput label={label} description={description} value={value} readOnly style={{ flex: 1 }} />
      <CopyText value={value} />
    </Group>
  );
}

/** A copy button; `label` names what it copies (for screen readers) where several sit on one page. */
export function CopyText({ value, label }: { value: string; label?: string }) {
  const t = useT(common);
  return (
    <CopyButton value={value} timeout={1500}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('copied') : (label ?? t('copy'))} withArrow>
          <ActionIcon
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : 'blue'}
            size="lg"
            onClick={copy}
            aria-label={copied ? t('copied') : (label ?? t('copy'))}
          >
            {copied ? '✓' : '⧉'}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}
