import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '../api/http';
import { useErrorMessage } from '../components/ErrorAlert';
import { defineMessages, useT } from '../i18n/i18n';
import { login } from './session';
import { useSession } from './useSession';

const messages = defineMessages({
  en: {
    title: 'Sign in to Switchboard',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'E-mail or password is wrong.',
    throttled: 'Too many attempts. Please wait a minute and try again.',
    expired: 'Your session has expired. Please sign in again.',
  },
  de: {
    title: 'Bei Switchboard anmelden',
    email: 'E-Mail',
    password: 'Passwort',
    submit: 'Anmelden',
    wrong: 'E-Mail oder Passwort ist falsch.',
    throttled: 'Zu viele Versuche. Bitte warten Sie eine Minute.',
    expired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  },
});

export function LoginPage() {
  const t = useT(messages);
  const describeError = useErrorMessage();
  const session = useSession();
  const location = useLocation();
  const state = location.state as { from?: string; reason?: string } | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({ mutationFn: () => login(email.trim(), password) });

  // Signed in (just now, or already): back to the page that asked for the login.
  if (session.status === 'signedIn') {
    return <Navigate to={state?.from && state.from !== '/login' ? state.from : '/'} replace />;
  }

  const error = mutation.error;
  const errorText =
    error instanceof ApiError && error.status === 401
      ? t('wrong')
      : error instanceof ApiError && error.status === 429
        ? t('throttled')
        : error
          ? describeError(error)
          : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="form" onSubmit={submit} withBorder shadow="sm" p="xl" radius="md" w={380} maw="100%">
        <Stack>
          <Title order={2}>{t('title')}</Title>
          {state?.reason === 'expired' && !error && <Alert color="yellow">{t('expired')}</Alert>}
          {errorText && (
            <Alert color="red" role="alert">
              {errorText}
            </Alert>
          )}
          <TextInput
            label={t('email')}
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={mutation.isPending}>
            {t('submit')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
