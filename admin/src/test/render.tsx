import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { acceptTokens, type SessionUser } from '../auth/session';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { theme } from '../theme';

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders inside a fresh QueryClient with retries off, so errors surface immediately. */
export function renderWithQueryClient(ui: ReactElement): RenderResult & { queryClient: QueryClient } {
  const queryClient = testQueryClient();
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...result, queryClient };
}

export interface RenderPageOptions {
  /** The URL the page is opened at, e.g. `/companies/c1/billing`. */
  route?: string;
  /** The route pattern the page is mounted on, e.g. `/companies/:companyId/billing`; default: the page alone. */
  path?: string;
  locale?: Locale;
  /** Signed in as this user (the session module's own state, as after a login). */
  user?: SessionUser;
}

export const COMPANY_ADMIN: SessionUser = {
  id: 'u-admin',
  email: 'admin@praxis.test',
  role: 'company_admin',
  companyId: 'c1',
};
export const SUPER_ADMIN: SessionUser = {
  id: 'u-super',
  email: 'root@switchboard.test',
  role: 'super_admin',
  companyId: null,
};

/** A page in the app's providers (Mantine, TanStack Query, i18n, router), as it runs under /admin. */
export function renderPage(
  ui: ReactElement,
  { route = '/', path, locale = 'en', user }: RenderPageOptions = {},
): RenderResult & { queryClient: QueryClient } {
  if (user) acceptTokens({ accessToken: 'test-token', expiresIn: 900, user });
  const queryClient = testQueryClient();
  const result = render(
    <MantineProvider theme={theme}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <I18nProvider initial={locale}>
          <MemoryRouter initialEntries={[route]}>
            {path ? (
              <Routes>
                <Route path={path} element={ui} />
              </Routes>
            ) : (
              ui
            )}
          </MemoryRouter>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, queryClient };
}

export interface MockRoute {
  status: number;
  body?: unknown;
}

export type MockHandler = MockRoute | ((request: Request) => MockRoute | Promise<MockRoute>);

/**
 * Stubs global fetch with JSON responses keyed by `"/path"` (any method) or `"POST /path"`; the query string is
 * ignored for matching but available to handler functions. Unknown routes reject like a network failure.
 * Returns the mock, whose calls hold the Requests.
 */
export function mockFetchRoutes(routes: Record<string, MockHandler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
    const { pathname } = new URL(request.url);
    const handler = routes[`${request.method} ${pathname}`] ?? routes[pathname];
    if (!handler) throw new TypeError('Failed to fetch');
    const route = typeof handler === 'function' ? await handler(request) : handler;
    return new Response(route.status === 204 ? null : JSON.stringify(route.body ?? {}), {
      status: route.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
