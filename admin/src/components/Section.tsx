import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card for one part of a page, a landmark named by its title (`region` for screen readers and tests). */
export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Title order={3} size="h4" mb={hint ? 4 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="md">
          {hint}
        </Text>
      )}
      {children}
    </Card>
  );
}
