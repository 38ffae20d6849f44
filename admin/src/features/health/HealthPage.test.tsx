import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchRoutes, renderPage, SUPER_ADMIN, type MockRoute } from '../../test/render';
import { HEALTH_REFETCH_INTERVAL_MS, HealthPage } from './HealthPage';

const liveBody = { status: 'ok', version: '0.1.0', role: 'all', uptimeSeconds: 12 };

function terminus(details: Record<string, Record<string, unknown>>, ok = true) {
  return { status: ok ? 'ok' : 'error', info: {}, error: {}, details };
}

function row(table: HTMLElement, name: string) {
  return within(table).getByRole('rowheader', { name }).closest('tr')!;
}

const integrations: MockRoute = {
  status: 503,
  body: terminus(
    {
      calcom: { status: 'up', latencyMs: 85 },
      retell: { status: 'down', latencyMs: 5000, detail: 'health check failed' },
    },
    false,
  ),
};

describe('HealthPage', () => {
  afterEach(() => vi.useRealTimers());

  it('shows every readiness check, a degraded one with its message, and the integrations with latency', async () => {
    mockFetchRoutes({
      '/health/live': { status: 200, body: liveBody },
      '/health/ready': {
        status: 200,
        body: terminus({
          database: { status: 'up' },
          redis: { status: 'degraded', message: 'Redis unreachable; using in-memory cache' },
        }),
      },
      '/health/integrations': integrations,
    });
    renderPage(<HealthPage />, { user: SUPER_ADMIN });

    expect(await screen.findByText('0.1.0')).toBeTruthy();
    const ready = await screen.findByRole('table', { name: 'Readiness checks' });
    expect(screen.getByText('Ready')).toBeTruthy();
    expect(within(row(ready, 'database')).getByText('up')).toBeTruthy();
    expect(within(row(ready, 'redis')).getByText('degraded')).toBeTruthy();
    expect(within(row(ready, 'redis')).getByText('Redis unreachable; using in-memory cache')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Integration health' });
    expect(screen.getByText('Integrations failing')).toBeTruthy();
    expect(screen.getByText('Failing checks: retell')).toBeTruthy();
    expect(within(row(table, 'calcom')).getByText('85 ms')).toBeTruthy();
    expect(within(row(table, 'retell')).getByText('health check failed')).toBeTruthy();
  });

  it('shows "Not ready" with the failing checks when /health/ready answers 503', async () => {
    mockFetchRoutes({
      '/health/live': { status: 200, body: liveBody },
      '/health/ready': {
        status: 503,
        body: {
          status: 'error',
          info: {},
          error: { database: { status: 'down', message: 'connection refused' } },
          details: { database: { status: 'down', message: 'connection refused' }, redis: { status: 'up' } },
        },
      },
      '/health/integrations': { status: 200, body: terminus({}) },
    });
    renderPage(<HealthPage />, { user: SUPER_ADMIN });

    expect(await screen.findByText('Not ready')).toBeTruthy();
    expect(screen.getByText('Failing checks: database')).toBeTruthy();
    expect(screen.getByText('connection refused')).toBeTruthy();
    expect(await screen.findByText('No integration has a health check.')).toBeTruthy();
  });

  it('shows an error when the backend cannot be reached', async () => {
    mockFetchRoutes({});
    renderPage(<HealthPage />, { user: SUPER_ADMIN });
    expect((await screen.findAllByRole('alert')).length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('polls the backend again every 10 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const routes: Record<string, MockRoute> = {
      '/health/live': { status: 200, body: liveBody },
      '/health/ready': { status: 200, body: terminus({ database: { status: 'up' } }) },
      '/health/integrations': { status: 200, body: terminus({}) },
    };
    mockFetchRoutes(routes);
    renderPage(<HealthPage />, { user: SUPER_ADMIN });
    expect(await screen.findByText('0.1.0')).toBeTruthy();

    routes['/health/live'] = { status: 200, body: { ...liveBody, version: '0.2.0' } };
    await act(() => vi.advanceTimersByTimeAsync(HEALTH_REFETCH_INTERVAL_MS));
    expect(await screen.findByText('0.2.0')).toBeTruthy();
  });
});
