import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { refreshSession } from './auth/session';
import { I18nProvider } from './i18n/i18n';
import { AppRoutes } from './routes/AppRoutes';
import { theme } from './theme';

export function App({ queryClient }: { queryClient: QueryClient }) {
  // A reload restores the session from the refresh cookie (the access token is kept in memory only).
  useEffect(() => {
    void refreshSession();
  }, []);
  return (
    <MantineProvider theme={theme}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <BrowserRouter basename="/admin">
            <AppRoutes />
          </BrowserRouter>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
