import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { mockFetchRoutes } from './test/render';

const company = {
  id: 'c1',
  name: 'Praxis Dr. Weber',
  timezone: 'Europe/Berlin',
  locale: 'de',
  country: 'DE',
  settings: {},
  billing: {},
  balanceCents: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('App', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.history.pushState({}, '', '/admin/companies/c1/billing');
  });

  it('asks for a login when the refresh cookie is gone, then opens the page asked for, in the company language', async () => {
    const fetchMock = mockFetchRoutes({
      'POST /api/auth/refresh': {
        status: 401,
        body: { error: { code: 'UNAUTHENTICATED', message: 'No refresh token', details: [] } },
      },
      'POST /api/auth/login': async (request) => {
        const body = (await request.json()) as { email: string; password: string };
        return body.password === 'right'
          ? {
              status: 200,
              body: {
                accessToken: 'jwt-1',
                expiresIn: 900,
                user: { id: 'u1', email: body.email, role: 'company_admin', companyId: 'c1' },
              },
            }
          : { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Invalid credentials', details: [] } } };
      },
      '/api/companies/c1': { status: 200, body: company },
    });
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);

    const email = await screen.findByLabelText(/E-mail|E-Mail/);
    await userEvent.type(email, 'admin@praxis.test');
    await userEvent.type(screen.getByLabelText(/Password|Passwort/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: /Sign in|Anmelden/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/wrong|falsch/);

    await userEvent.clear(screen.getByLabelText(/Password|Passwort/));
    await userEvent.type(screen.getByLabelText(/Password|Passwort/), 'right');
    await userEvent.click(screen.getByRole('button', { name: /Sign in|Anmelden/ }));

    // Back on the page asked for, in German (the company's locale), with only company pages in the menu.
    await waitFor(() => expect(window.location.pathname).toBe('/admin/companies/c1/billing'));
    expect(await screen.findByRole('link', { name: 'Abrechnung' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Leistung' })).toBeNull();
    const companyCall = fetchMock.mock.calls.find(([input]) => (input as Request).url.endsWith('/api/companies/c1'));
    expect((companyCall?.[0] as Request).headers.get('Authorization')).toBe('Bearer jwt-1');
  });
});
