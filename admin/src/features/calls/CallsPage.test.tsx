import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { CallsPage } from './CallsPage';
import { callSummary } from './fixtures';

const ROUTE = { route: '/companies/c1/calls', path: '/companies/:companyId/calls', user: COMPANY_ADMIN };
const page = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  status: 200,
  body: { items, total: items.length, page: 1, pageSize: 25, totalCapped: false, ...extra },
});
const branches = { status: 200, body: { items: [{ id: 'b1', name: 'Mitte' }], total: 1, page: 1, pageSize: 100 } };

describe('CallsPage', () => {
  it('shows each call with caller, branch, duration, outcome and booking, linking to the call', async () => {
    mockFetchRoutes({
      'GET /api/companies/c1/branches': branches,
      'GET /api/companies/c1/calls': page([
        callSummary(),
        callSummary({ id: 'c2', customer: null, hasAppointment: false, successful: false }),
      ]),
    });
    renderPage(<CallsPage />, ROUTE);

    const link = await screen.findByRole('link', { name: 'Anna Schmidt' });
    expect(link.getAttribute('href')).toBe('/companies/c1/calls/11111111-1111-4111-8111-111111111111');
    const table = screen.getByRole('table', { name: 'Calls' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('+4915112345678');
    expect(rows[1]?.textContent).toContain('Mitte');
    expect(rows[1]?.textContent).toContain('1:35 min');
    expect(rows[1]?.textContent).toContain('Booked');
    // Without a customer the number names the caller.
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: '+4915112345678' })).toBeTruthy();
    expect(rows[2]?.textContent).toContain('Not successful');
  });

  it('sends the search and filters as query parameters', async () => {
    const fetchMock = mockFetchRoutes({
      'GET /api/companies/c1/branches': branches,
      'GET /api/companies/c1/calls': page([callSummary()]),
    });
    renderPage(<CallsPage />, ROUTE);
    await screen.findByRole('link', { name: 'Anna Schmidt' });
    const lastCallsQuery = () => {
      const urls = fetchMock.mock.calls
        .map(([input]) => new URL((input as Request).url))
        .filter((url) => url.pathname === '/api/companies/c1/calls');
      return Object.fromEntries(urls.at(-1)?.searchParams ?? []);
    };
    expect(lastCallsQuery()).toEqual({ page: '1', pageSize: '25' });

    await userEvent.type(screen.getByLabelText('Search transcripts'), 'zahnreinigung');
    await waitFor(() => expect(lastCallsQuery().q).toBe('zahnreinigung'));

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Not connected', hidden: true }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Booking' }));
    await userEvent.click(await screen.findByRole('option', { name: 'No booking', hidden: true }));
    await waitFor(() =>
      expect(lastCallsQuery()).toEqual({
        page: '1',
        pageSize: '25',
        q: 'zahnreinigung',
        status: 'not_connected',
        hasAppointment: 'false',
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(lastCallsQuery()).toEqual({ page: '1', pageSize: '25' }));
  });

  it('renders a hostile caller name as text', async () => {
    const name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    mockFetchRoutes({
      'GET /api/companies/c1/branches': branches,
      'GET /api/companies/c1/calls': page([callSummary({ customer: { id: 'cu1', name, phone: '+4915112345678' } })]),
    });
    const { container } = renderPage(<CallsPage />, ROUTE);
    expect(await screen.findByRole('link', { name })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('says what to do when there are no calls yet', async () => {
    mockFetchRoutes({ 'GET /api/companies/c1/branches': branches, 'GET /api/companies/c1/calls': page([]) });
    renderPage(<CallsPage />, ROUTE);
    expect(await screen.findByText('No calls yet')).toBeTruthy();
  });
});
