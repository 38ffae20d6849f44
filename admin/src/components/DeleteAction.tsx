import type { ButtonProps } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCompanyId } from '../layout/useCompany';
import { ConfirmAction } from './ConfirmAction';

/**
 * A red "delete" {@link ConfirmAction} for one of the route company's records: confirms, deletes, toasts, and
 * refreshes the company's queries. API errors (e.g. 409 for the last branch) come up in ConfirmAction's error toast.
 */
export function DeleteAction({
  label,
  title,
  description,
  done,
  remove,
  buttonProps,
}: {
  label: string;
  title?: string;
  description: string;
  /** The toast's text once deleted. */
  done: string;
  remove: (companyId: string) => Promise<unknown>;
  buttonProps?: ButtonProps & { 'aria-label'?: string };
}) {
  const companyId = useCompanyId();
  const queryClient = useQueryClient();
  return (
    <ConfirmAction
      label={label}
      title={title ?? label}
      description={description}
      color="red"
      buttonProps={{ size: 'xs', variant: 'subtle', ...buttonProps }}
      action={() => remove(companyId)}
      success={() => done}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ['company', companyId] })}
    />
  );
}
