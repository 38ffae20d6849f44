import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { IntegrationsPage } from './IntegrationsPage';

const ROUTE = { route: '/companies/c1/integrations', path: '/companies/:companyId/integrations', user: COMPANY_ADMIN };
const base = {
  settings: {},
  lastTestedAt: null,
  lastTestOk: null,
  lastTestDetail: null,
  apiKeyLast4: null,
  status: 'unconfigured',
};
const calcom = { ...base, provider: 'calcom', webhookUrl: 'https://sb.test/api/mcp/calcom/webhook/c1' };
const retellError = {
  ...base,
  provider: 'retell',
  status: 'error',
  apiKeyLast4: '9876',
  lastTestedAt: '2026-11-26T09:00:00Z',
  lastTestOk: false,
  lastTestDetail: 'UNAUTHORIZED: key revoked',
  webhookUrl: 'https://sb.test/api/mcp/retell/webhook',
};
const card = (name: string) => screen.getByRole('region', { name });

describe('IntegrationsPage', () => {
  it('shows each vendor’s state: not connected with Connect, or an error with the failed test and actions', async () => {
    mockFetchRoutes({ 'GET /api/companies/c1/integrations': { status: 200, body: [calcom, retellError] } });
    renderPage(<IntegrationsPage />, ROUTE);

    await screen.findByRole('heading', { name: 'Cal.com' });
    const cal = card('Cal.com');
    expect(within(cal).getByText('Not connected')).toBeTruthy();
    expect(within(cal).getByText('No key stored')).toBeTruthy();
    expect(within(cal).getByRole('button', { name: 'Connect' })).toBeTruthy();
    expect(within(cal).queryByRole('button', { name: 'Test connection' })).toBeNull();
    expect((within(cal).getByRole('textbox', { name: 'Webhook URL' }) as HTMLInputElement).value).toBe(
      calcom.webhookUrl,
    );

    const retell = card('Retell');
    expect(within(retell).getByText('Error')).toBeTruthy();
    expect(within(retell).getByText('Key ending in ••••9876')).toBeTruthy();
    expect(within(retell).getByText(/Failed, .*: UNAUTHORIZED: key revoked/)).toBeTruthy();
    for (const name of ['Change key', 'Test connection', 'Sync phone numbers', 'Import calls', 'Disconnect'])
      expect(within(retell).getByRole('button', { name })).toBeTruthy();
  });

  it('sends the key, shows a refused key next to the field, and shows Verbunden once saved', async () => {
    let current: object = calcom;
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/integrations': () => ({ status: 200, body: [current, { ...retellError }] }),
      'PUT /api/companies/c1/integrations/calcom': async (request) => {
        const body = (await request.json()) as { apiKey: string };
        bodies.push(body);
        if (body.apiKey !== 'cal_live_good-key-1234')
          return {
            status: 400,
            body: {
              error: {
                code: 'INVALID_INPUT',
                message: 'Cal.com did not accept the key',
                details: [
                  { field: 'apiKey', rule: 'acceptedByVendor', message: 'Cal.com hat den Schlüssel abgelehnt' },
                ],
              },
            },
          };
        current = { ...calcom, status: 'connected', apiKeyLast4: '1234', lastTestOk: true };
        return { status: 200, body: current };
      },
    });
    renderPage(<IntegrationsPage />, { ...ROUTE, locale: 'de' });

    await screen.findByRole('heading', { name: 'Cal.com' });
    await userEvent.click(within(card('Cal.com')).getByRole('button', { name: 'Verbinden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cal.com verbinden' });
    const key = within(dialog).getByLabelText(/API-Schlüssel/);

    // Too short: checked before anything is sent.
    await userEvent.type(key, 'abc');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(within(dialog).getByText('Der Schlüssel hat mindestens 8 Zeichen.')).toBeTruthy();
    expect(bodies).toEqual([]);

    await userEvent.clear(key);
    await userEvent.type(key, 'cal_live_wrong-key-0000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const refused = await within(dialog).findByText('Cal.com hat den Schlüssel abgelehnt');
    // Next to the field: the input is described by the error.
    expect(refused.id).not.toBe('');
    expect(key.getAttribute('aria-describedby')).toContain(refused.id);

    await userEvent.clear(key);
    await userEvent.type(key, 'cal_live_good-key-1234');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /API-URL/ }), 'https://cal.example.org');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(bodies.at(-1)).toEqual({
        apiKey: 'cal_live_good-key-1234',
        settings: { apiUrl: 'https://cal.example.org' },
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Cal.com verbinden' })).toBeNull());
    expect(await within(card('Cal.com')).findByText('Verbunden')).toBeTruthy();
    expect(within(card('Cal.com')).getByText('Schlüssel endet auf ••••1234')).toBeTruthy();
  });

  it('imports the calls of the chosen number of days', async () => {
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/integrations': { status: 200, body: [calcom, retellError] },
      'POST /api/companies/c1/integrations/retell/import-calls': async (request) => {
        bodies.push(await request.json());
        return { status: 200, body: { created: 5, skipped: 2, failed: 0 } };
      },
    });
    renderPage(<IntegrationsPage />, ROUTE);

    await screen.findByRole('heading', { name: 'Retell' });
    await userEvent.click(within(card('Retell')).getByRole('button', { name: 'Import calls' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import Retell calls' });
    const days = within(dialog).getByRole('textbox', { name: 'Days' });
    await userEvent.clear(days);
    await userEvent.type(days, '30');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bodies).toEqual([{ days: 30 }]));
    expect(await screen.findByText('Recorded 5 calls, 2 were already there, 0 failed.')).toBeTruthy();
  });
});
