import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useErrorMessage } from './ErrorAlert';
import { common } from './messages';

/**
 * A button for an action with consequences: it first says what will happen, then runs the action and reports the
 * outcome in a toast. Used for the dashboard's one-click optimizations, disconnects, erasures and replays.
 */
export function ConfirmAction<R>({
  label,
  title,
  description,
  confirmLabel,
  action,
  success,
  onDone,
  color,
  buttonProps,
}: {
  label: ReactNode;
  title: string;
  /** What the action will do, in a sentence or two. */
  description: ReactNode;
  confirmLabel?: string;
  action: () => Promise<R>;
  /** The toast's text once it worked. */
  success: (result: R) => string;
  onDone?: (result: R) => void;
  color?: string;
  buttonProps?: ButtonProps;
}) {
  const t = useT(common);
  const describeError = useErrorMessage();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      setOpen(false);
      notifications.show({ color: 'teal', title, message: success(result) });
      onDone?.(result);
    },
    onError: (error) => {
      setOpen(false);
      notifications.show({ color: 'red', title: `${title} — ${t('failed')}`, message: describeError(error) });
    },
  });
  return (
    <>
      <Button color={color} variant="light" {...buttonProps} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={title} centered>
        <Text size="sm" mb="lg">
          {description}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpen(false)} disabled={mutation.isPending}>
            {t('cancel')}
          </Button>
          <Button color={color} loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {confirmLabel ?? t('confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
