import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { DataProtectionPage } from './DataProtectionPage';

const ROUTE = {
  route: '/companies/c1/data-protection',
  path: '/companies/:companyId/data-protection',
  user: COMPANY_ADMIN,
};
const company = {
  id: 'c1',
  name: 'Praxis Dr. Weber',
  timezone: 'Europe/Berlin',
  locale: 'de',
  country: 'DE',
  settings: { bookingBufferMinutes: 0, maxAdvanceDays: 60, lowBalanceThresholdCents: 1000, retentionDays: 90 },
  billing: {},
  balanceCents: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const anna = {
  id: 'cu1',
  name: 'Anna Schmidt',
  phone: '+4915112345678',
  email: null,
  createdAt: '2026-11-01T00:00:00Z',
};

describe('DataProtectionPage', () => {
  it('validates the retention, shows the API error next to it, and saves it', async () => {
    const patches: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1': { status: 200, body: company },
      'PATCH /api/companies/c1': async (request) => {
        const body = (await request.json()) as { settings: { retentionDays: number } };
        patches.push(body);
        if (body.settings.retentionDays === 13) {
          return {
            status: 400,
            body: {
              error: {
                code: 'INVALID_INPUT',
                message: 'Invalid input',
                details: [{ field: 'settings.retentionDays', rule: 'custom', message: 'Unlucky number' }],
              },
            },
          };
        }
        return { status: 200, body: { ...company, settings: { ...company.settings, ...body.settings } } };
      },
    });
    renderPage(<DataProtectionPage />, ROUTE);
    const input = await screen.findByRole('textbox', { name: /Keep personal data/ });
    expect((input as HTMLInputElement).value).toBe('90');

    await userEvent.clear(input);
    await userEvent.type(input, '5000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a whole number of days between 1 and 3650.')).toBeTruthy();
    expect(patches).toEqual([]);

    await userEvent.clear(input);
    await userEvent.type(input, '13');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Unlucky number')).toBeTruthy();

    await userEvent.clear(input);
    await userEvent.type(input, '30');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Personal data is now kept for 30 days.')).toBeTruthy();
    expect(patches.at(-1)).toEqual({ settings: { retentionDays: 30 } });
  });

  it('finds a caller, exports their data as a file and erases it after saying what happens', async () => {
    let erased = false;
    const searches: string[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1': { status: 200, body: company },
      'GET /api/companies/c1/customers': (request) => {
        searches.push(new URL(request.url).searchParams.get('q') ?? '');
        const items = erased ? [] : [anna];
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 20 } };
      },
      'GET /api/companies/c1/customers/cu1/data': {
        status: 200,
        body: {
          exportedAt: '2026-11-26T10:00:00Z',
          customer: anna,
          calls: [],
          appointments: [],
          callbackRequests: [],
          webhookEvents: [],
        },
      },
      'DELETE /api/companies/c1/customers/cu1/data': () => {
        erased = true;
        return {
          status: 200,
          body: { customerId: 'cu1', calls: 3, appointments: 1, callbackRequests: 0, webhookEvents: 4 },
        };
      },
    });
    const createObjectURL = vi.fn(() => 'blob:export');
    // jsdom has no blob URLs; each test file gets its own environment, so this stays here.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPage(<DataProtectionPage />, ROUTE);

    await userEvent.type(await screen.findByRole('searchbox', { name: 'Name or phone number' }), '0151 1234');
    const caller = 'Anna Schmidt (+4915112345678)';
    await userEvent.click(await screen.findByRole('button', { name: `Export data of ${caller}` }));
    expect(searches.at(-1)).toBe('0151 1234');
    expect(
      await screen.findByText(`The data of ${caller} was downloaded as caller-4915112345678-2026-11-26.json.`),
    ).toBeTruthy();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: `Erase data of ${caller}` }));
    const dialog = await screen.findByRole('dialog', { name: `Erase all data of ${caller}?` });
    expect(dialog.textContent).toContain('delete the caller record');
    expect(dialog.textContent).toContain("Kept for billing: each call's time, duration, cost and status");
    expect(erased).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    expect(
      await screen.findByText('Erased: 3 calls, 1 appointments, 0 callback requests and 4 webhooks cleared.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByText('No caller matches "0151 1234"')).toBeTruthy());
  });
});
