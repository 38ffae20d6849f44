import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { CallbacksPage } from './CallbacksPage';

const callback = {
  id: 'cb1',
  branch: { id: 'b1', name: 'Mitte' },
  customer: null,
  phone: '+4915112345678',
  name: 'Max Muster',
  reason: 'Rezept',
  preferredTime: 'morgen ab 14 Uhr',
  source: 'requested',
  retellCallId: null,
  done: false,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
};

describe('CallbacksPage', () => {
  it('lists open requests and marks one done with a PATCH', async () => {
    const patches: unknown[] = [];
    let done = false;
    const fetchMock = mockFetchRoutes({
      'GET /api/companies/c1/callbacks': (request) => {
        const wantDone = new URL(request.url).searchParams.get('done');
        const items = wantDone === null || wantDone === String(done) ? [{ ...callback, done }] : [];
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 25 } };
      },
      'PATCH /api/companies/c1/callbacks/cb1': async (request) => {
        const body = (await request.json()) as { done: boolean };
        patches.push(body);
        done = body.done;
        return { status: 200, body: { ...callback, done } };
      },
    });
    renderPage(<CallbacksPage />, {
      route: '/companies/c1/callbacks',
      path: '/companies/:companyId/callbacks',
      user: COMPANY_ADMIN,
    });

    const toggle = await screen.findByRole('checkbox', { name: 'Mark callback for Max Muster as done' });
    expect(screen.getByText('morgen ab 14 Uhr')).toBeTruthy();
    const firstUrl = new URL((fetchMock.mock.calls[0]?.[0] as Request).url);
    expect(firstUrl.searchParams.get('done')).toBe('false');

    await userEvent.click(toggle);
    await waitFor(() => expect(patches).toEqual([{ done: true }]));
    expect(await screen.findByText('Callback for Max Muster marked as done.')).toBeTruthy();
    // Refetched: the open list is empty now.
    expect(await screen.findByText('No open callback requests')).toBeTruthy();

    await userEvent.click(screen.getByText('Done'));
    expect(((await screen.findByRole('checkbox', { name: /Max Muster/ })) as HTMLInputElement).checked).toBe(true);
  });
});
