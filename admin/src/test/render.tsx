import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';

/** Renders inside a fresh QueryClient with retries off, so errors surface immediately. */
export function renderWithQueryClient(ui: ReactElement): RenderResult & { queryClient: QueryClient } {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...result, queryClient };
}

export interface MockRoute {
  status: number;
  body: unknown;
}

/** Stubs global fetch with fixed JSON responses per path; unknown paths reject like a network failure. */
export function mockFetchRoutes(routes: Record<string, MockRoute>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL): Promise<Response> => {
    // Paths as the app's code passes them; Requests (openapi-fetch) and URLs carry absolute URLs.
    const url = typeof input === 'string' ? input : new URL(input instanceof URL ? input : input.url).pathname;
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(route.body), {
      status: route.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
