import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SUPER_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { CompaniesPage } from './CompaniesPage';

const company = {
  id: 'c1',
  name: 'Praxis Dr. Test',
  timezone: 'Europe/Berlin',
  locale: 'de',
  country: 'DE',
  balanceCents: 1250,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('CompaniesPage', () => {
  it('lists companies with a link to each overview and creates a new one, with field errors', async () => {
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies': { status: 200, body: { items: [company], total: 1, page: 1, pageSize: 25 } },
      'POST /api/companies': async (request) => {
        const body = (await request.json()) as { name: string };
        bodies.push(body);
        if (body.name === 'Taken')
          return {
            status: 400,
            body: {
              error: {
                code: 'INVALID_INPUT',
                message: 'invalid',
                details: [
                  { field: 'timezone', rule: 'isTimeZone', message: 'timezone must be a valid IANA time zone' },
                ],
              },
            },
          };
        return { status: 201, body: { ...company, id: 'c2', ...body } };
      },
    });
    renderPage(<CompaniesPage />, { route: '/companies', path: '/companies', user: SUPER_ADMIN });

    const table = await screen.findByRole('table', { name: 'Companies' });
    expect(within(table).getByRole('link', { name: 'Praxis Dr. Test' }).getAttribute('href')).toBe(
      '/companies/c1/overview',
    );
    expect(within(table).getByText('€12.50')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create company' }));
    expect(within(dialog).getByText('Enter the company’s name.')).toBeTruthy();
    expect(bodies).toEqual([]);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Taken');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create company' }));
    expect(await within(dialog).findByText('timezone must be a valid IANA time zone')).toBeTruthy();
    expect(bodies).toEqual([{ name: 'Taken', timezone: 'Europe/Berlin', locale: 'de', country: 'DE' }]);

    const name = within(dialog).getByRole('textbox', { name: /Name/ });
    await userEvent.clear(name);
    await userEvent.type(name, 'Salon Schön');
    const country = within(dialog).getByRole('textbox', { name: /Country/ });
    await userEvent.clear(country);
    await userEvent.type(country, 'at');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create company' }));
    await waitFor(() =>
      expect(bodies.at(-1)).toEqual({ name: 'Salon Schön', timezone: 'Europe/Berlin', locale: 'de', country: 'AT' }),
    );
    expect(await screen.findByText('Salon Schön was created.')).toBeTruthy();
  });
});
