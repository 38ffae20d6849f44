import { Button, Group, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/http';
import { useErrorMessage } from './ErrorAlert';

/** One text input + a create button (a new branch by name, a new document by title); API errors show at the input. */
export function QuickCreateForm<T>({
  label,
  buttonLabel,
  field,
  create,
  onCreated,
}: {
  label: string;
  buttonLabel: string;
  /** The body field the input fills, to pick its error from the API's field errors. */
  field: string;
  create: (value: string) => Promise<T>;
  onCreated: (result: T) => void;
}) {
  const describe = useErrorMessage();
  const [value, setValue] = useState('');
  const mutation = useMutation({
    mutationFn: () => create(value.trim()),
    onSuccess: (result) => {
      setValue('');
      onCreated(result);
    },
  });
  const error = mutation.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <Group align="flex-start">
        <TextInput
          label={label}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error ? (error instanceof ApiError && error.fieldErrors()[field]) || describe(error) : undefined}
        />
        <Button type="submit" mt={24} loading={mutation.isPending} disabled={value.trim() === ''}>
          {buttonLabel}
        </Button>
      </Group>
    </form>
  );
}
