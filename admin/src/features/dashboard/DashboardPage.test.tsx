import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetchRoutes, renderPage, SUPER_ADMIN, type MockHandler } from '../../test/render';
import { DashboardPage } from './DashboardPage';
import { circuitMatrix, isEmptySeries } from './parts';

const figures = {
  calls: 10,
  ok: 9,
  cacheHits: 4,
  errors: 1,
  invalidInput: 0,
  rejected: 0,
  errorRate: 0.1,
  cacheHitRatio: 0.4,
  avgLatencyMs: 120,
  maxLatencyMs: 900,
  p50Ms: 100,
  p95Ms: 500,
  p99Ms: 900,
};

const overview = {
  window: '1h',
  from: '2026-01-01T10:00:00Z',
  to: '2026-01-01T11:00:00Z',
  totals: figures,
  tools: [{ ...figures, server: 'calcom', tool: 'check_availability' }],
  circuits: [],
  queues: [{ name: 'webhooks', waiting: 3, active: 1, delayed: 0, failed: 0, oldestWaitingAgeSeconds: 42 }],
  database: { embedded: true, pool: null, hint: null },
};

const circuits = [
  { server: 'calcom', companyId: 'system', state: 'open', since: '2026-01-01T10:00:00Z' },
  { server: 'calcom', companyId: 'c1', state: 'closed', since: '2026-01-01T10:00:00Z' },
  { server: 'retell', companyId: 'c1', state: 'half_open', since: '2026-01-01T10:00:00Z' },
];

const alert = {
  id: '11111111-1111-4111-8111-111111111111',
  rule: 'error_rate',
  severity: 'critical',
  status: 'firing',
  companyId: null,
  message: 'Error rate above 20 %',
  details: {},
  firedAt: '2026-01-01T10:00:00Z',
  resolvedAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
};

function routes(extra: Record<string, MockHandler> = {}) {
  return mockFetchRoutes({
    'GET /api/ops/overview': { status: 200, body: overview },
    'GET /api/ops/circuits': { status: 200, body: circuits },
    'GET /api/ops/timeseries': (request) => {
      const metric = new URL(request.url).searchParams.get('metric');
      const value = metric === 'calls' ? 5 : 0;
      return {
        status: 200,
        body: { metric, window: '1h', step: 60, points: [{ t: '2026-01-01T10:00:00Z', value }] },
      };
    },
    'GET /api/mcp/tools': { status: 200, body: [] },
    'GET /api/ops/alerts': { status: 200, body: { total: 1, page: 1, pageSize: 50, items: [alert] } },
    'GET /api/webhook-events/counts': { status: 200, body: { byStatus: { processed: 12, dead: 2 }, byProvider: {} } },
    'GET /api/ops/query-advisor/latest': {
      status: 404,
      body: { error: { code: 'NOT_FOUND', message: 'Query advisor report not found' } },
    },
    ...extra,
  });
}

describe('circuitMatrix', () => {
  it('keeps only non-closed breakers as a server × scope matrix', () => {
    const matrix = circuitMatrix(circuits as never);
    expect(matrix.servers).toEqual(['calcom', 'retell']);
    expect(matrix.scopes).toEqual(['c1', 'system']);
    expect(matrix.at('calcom', 'system')?.state).toBe('open');
    expect(matrix.at('calcom', 'c1')).toBeUndefined();
    expect(matrix.at('retell', 'c1')?.state).toBe('half_open');
  });

  it('treats an all-zero series as empty', () => {
    expect(isEmptySeries([])).toBe(true);
    expect(isEmptySeries([{ t: 'x', value: 0 }])).toBe(true);
    expect(isEmptySeries([{ t: 'x', value: 1 }])).toBe(false);
  });
});

describe('DashboardPage', () => {
  it('shows the latency table, the breaker matrix, queues, webhooks and empty charts', async () => {
    routes();
    renderPage(<DashboardPage />, { user: SUPER_ADMIN });

    const table = await screen.findByRole('table', { name: 'Latency per server and tool' });
    const row = within(table).getByText('check_availability').closest('tr')!;
    expect(within(row).getByText('calcom')).toBeTruthy();
    expect(within(row).getByText('500 ms')).toBeTruthy();
    expect(within(row).getByText('900 ms')).toBeTruthy();

    const matrix = await screen.findByRole('table', { name: 'Circuit breakers' });
    expect(within(matrix).getByText('open')).toBeTruthy();
    expect(within(matrix).getByText('half_open')).toBeTruthy();
    expect(within(matrix).queryByText('closed')).toBeNull();
    expect(within(matrix).getByRole('button', { name: 'Reset calcom system' })).toBeTruthy();

    expect(screen.getByRole('table', { name: 'Queues' }).textContent).toContain('42');
    expect(await screen.findByText('dead: 2')).toBeTruthy();
    expect(screen.getByText(/updated \d\d:\d\d:\d\d/)).toBeTruthy();

    const errorChart = await screen.findByRole('region', { name: 'Error rate' });
    await waitFor(() => expect(within(errorChart).getByText('No data in this window')).toBeTruthy());
    const callsChart = screen.getByRole('region', { name: 'Calls per minute' });
    expect(within(callsChart).queryByText('No data in this window')).toBeNull();
  });

  it('warms the caches after confirmation and reports the numbers in a toast', async () => {
    const posts: string[] = [];
    routes({
      'POST /api/ops/cache/warm': (request) => {
        posts.push(request.url);
        return {
          status: 201,
          body: {
            numbers: 3,
            availability: 5,
            skipped: 1,
            failed: 0,
            durationMs: 2500,
            startedAt: '2026-01-01T10:00:00Z',
            problems: [],
          },
        };
      },
    });
    renderPage(<DashboardPage />, { user: SUPER_ADMIN });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Warm caches' }));
    const dialog = await screen.findByRole('dialog', { name: 'Warm caches' });
    expect(posts).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(
      await screen.findByText(/Caches warmed: 3 numbers, 5 event types \(1 skipped, 0 failed\) in 2.5 s/),
    ).toBeTruthy();
    expect(posts).toHaveLength(1);
  });

  it('acknowledges an active alert', async () => {
    const acked: string[] = [];
    routes({
      [`POST /api/ops/alerts/${alert.id}/ack`]: (request) => {
        acked.push(new URL(request.url).pathname);
        return { status: 201, body: { ...alert, acknowledgedAt: '2026-01-01T10:05:00Z' } };
      },
    });
    renderPage(<DashboardPage />, { user: SUPER_ADMIN });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Acknowledge: Error rate above 20 %' }));
    expect(await screen.findByText('Alert acknowledged.')).toBeTruthy();
    expect(acked).toEqual([`/api/ops/alerts/${alert.id}/ack`]);
  });
});
