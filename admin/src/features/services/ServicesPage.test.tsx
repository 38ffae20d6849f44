import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { ServicesPage } from './ServicesPage';

const empty = { total: 0, page: 1, pageSize: 100, items: [] };
afterEach(() => vi.unstubAllGlobals());

describe('ServicesPage', () => {
  it('creates a service mapped to an event type, and shows field errors from the API', async () => {
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/services': { status: 200, body: empty },
      'GET /api/companies/c1/staff': { status: 200, body: empty },
      'POST /api/companies/c1/services': async (request) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'INVALID_INPUT',
                  message: 'Invalid input',
                  details: [
                    { field: 'durationMinutes', rule: 'min', message: 'durationMinutes must not be less than 5' },
                  ],
                },
              },
            }
          : { status: 201, body: {} };
      },
    });
    const user = userEvent.setup();
    renderPage(<ServicesPage />, {
      route: '/companies/c1/services',
      path: '/companies/:companyId/services',
      user: COMPANY_ADMIN,
    });
    expect(await screen.findByText('No services yet')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add service' }));
    await user.type(await screen.findByLabelText(/^Name/), 'Zahnreinigung');
    await user.type(screen.getByLabelText(/^Duration/), '2');
    await user.type(screen.getByLabelText(/^Keywords/), 'reinigung, prophylaxe');
    await user.type(screen.getByLabelText(/^Cal.com event type ID/), '42');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('durationMinutes must not be less than 5')).toBeTruthy();
    expect(bodies[0]).toEqual({
      name: 'Zahnreinigung',
      durationMinutes: 2,
      priceCents: null,
      keywords: ['reinigung', 'prophylaxe'],
      calcomEventTypeId: 42,
    });
    await user.type(screen.getByLabelText(/^Duration/), '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toMatchObject({ durationMinutes: 20 });
  });
});
