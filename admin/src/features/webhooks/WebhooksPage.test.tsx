import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { WebhooksPage } from './WebhooksPage';

const event = {
  id: 'e1',
  provider: 'calcom',
  eventType: 'BOOKING_CREATED',
  companyId: 'c1',
  status: 'dead',
  attempts: 5,
  lastError: 'Cal.com answered 500',
  receivedAt: '2026-11-20T09:00:00Z',
  processedAt: null,
};

describe('WebhooksPage', () => {
  it('filters by status, shows the payload as text and replays an event', async () => {
    const listed: (string | null)[] = [];
    let replayed = false;
    mockFetchRoutes({
      'GET /api/companies/c1/webhook-events/counts': {
        status: 200,
        body: { byStatus: { processed: 12, dead: 1 }, byProvider: {} },
      },
      'GET /api/companies/c1/webhook-events': (request) => {
        const status = new URL(request.url).searchParams.get('status');
        listed.push(status);
        const items = status === null || status === 'dead' ? [event] : [];
        return { status: 200, body: { items, total: items.length, page: 1, pageSize: 25 } };
      },
      'GET /api/companies/c1/webhook-events/e1': {
        status: 200,
        body: { ...event, payload: { triggerEvent: 'BOOKING_CREATED', name: '<b>Anna</b>' }, dedupeKey: 'k1' },
      },
      'POST /api/companies/c1/webhook-events/e1/replay': () => {
        replayed = true;
        return { status: 200, body: { ...event, status: 'received', payload: {}, dedupeKey: 'k1' } };
      },
    });
    renderPage(<WebhooksPage />, {
      route: '/companies/c1/webhooks',
      path: '/companies/:companyId/webhooks',
      user: COMPANY_ADMIN,
    });

    expect(await screen.findByText('Dead (1)')).toBeTruthy();
    await userEvent.click(screen.getByText('Processed (12)'));
    expect(await screen.findByText('No events with this status')).toBeTruthy();
    await userEvent.click(screen.getByText('Dead (1)'));
    await waitFor(() => expect(listed).toEqual([null, 'processed', 'dead']));

    await userEvent.click(await screen.findByRole('button', { name: /Show details of BOOKING_CREATED/ }));
    const drawer = await screen.findByRole('dialog', { name: 'Webhook event' });
    expect((await within(drawer).findByText(/"name": "<b>Anna<\/b>"/)).tagName).toBe('PRE');

    await userEvent.click(within(drawer).getByRole('button', { name: 'Replay' }));
    const confirm = await screen.findByRole('dialog', { name: 'Replay this event' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Replay' }));
    expect(await screen.findByText('The event is queued for processing again.')).toBeTruthy();
    expect(replayed).toBe(true);
  });
});
