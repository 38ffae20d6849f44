import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { BillingPage } from './BillingPage';

const ROUTE = { route: '/companies/c1/billing', path: '/companies/:companyId/billing', user: COMPANY_ADMIN };
const balance = {
  balanceCents: 750,
  lowBalanceThresholdCents: 1000,
  ratePerMinuteCents: 12,
  billingIncrementSeconds: 6,
  currency: 'eur',
};
const transactions = [
  {
    id: 't1',
    type: 'call_charge',
    amountCents: -250,
    balanceAfterCents: 750,
    callId: 'call-1',
    description: 'Call +49301234 (2:05 min)',
    createdAt: '2026-11-26T10:00:00Z',
  },
  {
    id: 't2',
    type: 'topup',
    amountCents: 1000,
    balanceAfterCents: 1000,
    callId: null,
    description: null,
    createdAt: '2026-11-25T10:00:00Z',
  },
];

function routes(checkout: (request: Request) => Promise<{ status: number; body: unknown }>) {
  const ledgerQueries: string[] = [];
  const fetchMock = mockFetchRoutes({
    'GET /api/companies/c1/balance': { status: 200, body: balance },
    'GET /api/companies/c1/balance/transactions': (request) => {
      ledgerQueries.push(new URL(request.url).search);
      return { status: 200, body: { items: transactions, total: 60, page: 1, pageSize: 25 } };
    },
    'POST /api/companies/c1/balance/checkout': checkout,
  });
  return { fetchMock, ledgerQueries };
}

describe('BillingPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the balance with its low-balance warning and the ledger, paged', async () => {
    const { ledgerQueries } = routes(async () => ({ status: 200, body: { url: '' } }));
    renderPage(<BillingPage />, ROUTE);

    expect(await screen.findByRole('heading', { name: '€7.50' })).toBeTruthy();
    expect(screen.getByText('Warning below €10.00')).toBeTruthy();
    expect(screen.getByText(/below the warning threshold/)).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Transactions' });
    const [, charge, topup] = within(table).getAllByRole('row') as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(charge).getByText('Call charged')).toBeTruthy();
    expect(within(charge).getByText('-€2.50')).toBeTruthy();
    expect(within(charge).getByRole('link', { name: 'Call +49301234 (2:05 min)' }).getAttribute('href')).toBe(
      '/companies/c1/calls/call-1',
    );
    expect(within(topup).getByText('Top-up')).toBeTruthy();
    expect(screen.getByText('Page 1 of 3')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(ledgerQueries.at(-1)).toContain('page=2'));
    expect(ledgerQueries.at(-1)).toContain('pageSize=25');
  });

  it('sends the chosen amount to Stripe Checkout and goes to the page it returns', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, origin: window.location.origin, assign });
    const bodies: unknown[] = [];
    routes(async (request) => {
      bodies.push(await request.json());
      return { status: 200, body: { url: 'https://checkout.stripe.test/pay/cs_1' } };
    });
    renderPage(<BillingPage />, ROUTE);

    await screen.findByRole('heading', { name: '€7.50' });
    const amount = screen.getByRole('textbox', { name: /Amount \(EUR\)/ });
    // No amount: explained, nothing sent.
    await userEvent.clear(amount);
    await userEvent.click(screen.getByRole('button', { name: 'Continue to payment' }));
    expect(screen.getAllByText('Between €5.00 and €5,000.00.')).toHaveLength(2); // the hint and the error
    expect(bodies).toEqual([]);

    await userEvent.click(screen.getByRole('radio', { name: '€100.00' }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await waitFor(() => expect(bodies).toEqual([{ amountCents: 10000 }]));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('https://checkout.stripe.test/pay/cs_1'));
  });

  it('shows the backend’s objection to the amount under the field', async () => {
    routes(async () => ({
      status: 400,
      body: {
        error: {
          code: 'INVALID_INPUT',
          message: 'invalid',
          details: [{ field: 'amountCents', rule: 'max', message: 'amountCents must not be greater than 500000' }],
        },
      },
    }));
    renderPage(<BillingPage />, ROUTE);
    await screen.findByRole('heading', { name: '€7.50' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue to payment' }));
    expect(await screen.findByText('amountCents must not be greater than 500000')).toBeTruthy();
  });
});
