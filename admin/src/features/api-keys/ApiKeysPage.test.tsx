import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { ApiKeysPage } from './ApiKeysPage';

const ROUTE = { route: '/companies/c1/api-keys', path: '/companies/:companyId/api-keys', user: COMPANY_ADMIN };
const existing = {
  id: 'k1',
  name: 'Retell production',
  scopes: ['voice'],
  prefix: 'abc123',
  createdAt: '2026-11-01T10:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
};

describe('ApiKeysPage', () => {
  it('creates a key with name and scopes and shows its secret once', async () => {
    const keys: unknown[] = [existing];
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/api-keys': () => ({
        status: 200,
        body: { items: keys, total: keys.length, page: 1, pageSize: 50 },
      }),
      'POST /api/companies/c1/api-keys': async (request) => {
        const body = (await request.json()) as { name: string; scopes: string[] };
        bodies.push(body);
        const key = { id: 'k2', ...body, prefix: 'def456', createdAt: '2026-11-26T10:00:00Z' };
        keys.push({ ...key, lastUsedAt: null, revokedAt: null });
        return { status: 201, body: { ...key, secret: 'swb_def456_supersecret' } };
      },
    });
    renderPage(<ApiKeysPage />, ROUTE);

    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByText('swb_abc123_…')).toBeTruthy();
    expect(within(table).getByText('Never')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' });
    // Nothing is sent without a name.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create API key' }));
    expect(within(dialog).getByText(/Give the key a name/)).toBeTruthy();
    expect(bodies).toEqual([]);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Name/ }), 'Backoffice');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^admin/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create API key' }));
    await waitFor(() => expect(bodies).toEqual([{ name: 'Backoffice', scopes: ['voice', 'admin'] }]));

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect((within(shown).getByRole('textbox', { name: 'API key' }) as HTMLInputElement).value).toBe(
      'swb_def456_supersecret',
    );
    expect(within(shown).getByRole('alert').textContent).toMatch(/shown only this once/);
    expect(await screen.findByText('Backoffice')).toBeTruthy();

    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored the key' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your new API key' })).toBeNull());
    expect(screen.queryByDisplayValue('swb_def456_supersecret')).toBeNull();
  });

  it('revokes a key after confirmation', async () => {
    let revoked = false;
    mockFetchRoutes({
      'GET /api/companies/c1/api-keys': () => ({
        status: 200,
        body: {
          items: [{ ...existing, revokedAt: revoked ? '2026-11-26T10:00:00Z' : null }],
          total: 1,
          page: 1,
          pageSize: 50,
        },
      }),
      'DELETE /api/companies/c1/api-keys/k1': () => {
        revoked = true;
        return { status: 204 };
      },
    });
    renderPage(<ApiKeysPage />, ROUTE);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke key Retell production' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke API key "Retell production"' });
    expect(dialog.textContent).toMatch(/401 Unauthorized/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('Key "Retell production" is revoked.')).toBeTruthy();
    expect(await screen.findByText(/^Revoked/)).toBeTruthy();
    expect(revoked).toBe(true);
  });
});
