import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { SetupPage } from './SetupPage';

const ROUTE = { route: '/companies/c1/overview', path: '/companies/:companyId/overview', user: COMPANY_ADMIN };
const items = [
  { key: 'calcom_connected', status: 'ok' },
  { key: 'calcom_webhook_secret', status: 'missing' },
  { key: 'event_types_synced', status: 'ok', detail: { total: 3 } },
  { key: 'retell_connected', status: 'warning' },
  { key: 'phone_numbers_assigned', status: 'warning', detail: { total: 4, pending: 1 } },
  { key: 'services_mapped', status: 'ok', detail: { total: 3, pending: 0 } },
  { key: 'knowledge_published', status: 'warning', detail: { total: 0 } },
  { key: 'balance', status: 'missing', detail: { balanceCents: 0, thresholdCents: 1000 } },
];

const item = (name: string) => screen.getByRole('listitem', { name });

describe('SetupPage', () => {
  it('turns the statuses into sentences, a progress summary and the actions that fix them', async () => {
    mockFetchRoutes({ 'GET /api/companies/c1/setup': { status: 200, body: { ready: false, items } } });
    renderPage(<SetupPage />, ROUTE);

    expect(await screen.findByText('Not ready for calls yet')).toBeTruthy();
    expect(screen.getByText('3 of 8 steps done')).toBeTruthy();

    const calcom = item('Cal.com connected');
    expect(within(calcom).getByText('Done')).toBeTruthy();
    expect(within(calcom).queryByRole('link')).toBeNull();

    const secret = item('Cal.com webhook set up');
    expect(within(secret).getByText('Missing')).toBeTruthy();
    expect(within(secret).getByRole('link', { name: 'Set up the webhook' }).getAttribute('href')).toBe(
      '/companies/c1/integrations',
    );

    const numbers = item('Phone numbers answered');
    expect(within(numbers).getByText('Check')).toBeTruthy();
    expect(within(numbers).getByText('1 of 4 phone numbers have no branch or no voice agent.')).toBeTruthy();
    expect(within(numbers).getByRole('link', { name: 'Manage branches and numbers' }).getAttribute('href')).toBe(
      '/companies/c1/branches',
    );

    expect(within(item('Event types synced')).getByText(/3 services are linked/)).toBeTruthy();
    const balance = item('Prepaid balance');
    expect(within(balance).getByText(/The balance is used up \(€0\.00\)/)).toBeTruthy();
    expect(within(balance).getByRole('link', { name: 'Top up' }).getAttribute('href')).toBe('/companies/c1/billing');
  });

  it('says when the company is ready, in German', async () => {
    const allOk = items.map((i) => ({ ...i, status: 'ok' }));
    mockFetchRoutes({ 'GET /api/companies/c1/setup': { status: 200, body: { ready: true, items: allOk } } });
    renderPage(<SetupPage />, { ...ROUTE, locale: 'de' });

    expect(await screen.findByText('Bereit für Anrufe')).toBeTruthy();
    expect(screen.getByText('8 von 8 Schritten erledigt')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('shows the error with a retry when the checklist cannot be loaded', async () => {
    mockFetchRoutes({
      'GET /api/companies/c1/setup': { status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } },
    });
    renderPage(<SetupPage />, ROUTE);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
