import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchRoutes, renderWithQueryClient, type MockRoute } from '../../test/render';
import { StatusPanel } from './StatusPanel';
import { STATUS_REFETCH_INTERVAL_MS } from './useHealth';

const liveBody = { status: 'ok', version: '0.1.0', role: 'all', uptimeSeconds: 12 };
const live: MockRoute = { status: 200, body: liveBody };

function readyBody(overrides: { redis?: Record<string, unknown> } = {}) {
  const redis = overrides.redis ?? { status: 'up' };
  const details = {
    database: { status: 'up' },
    redis,
    queue: { status: 'up' },
    shutdown: { status: 'up' },
  };
  return { status: 'ok', info: details, error: {}, details };
}

function checkRow(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`No table row for check ${name}`);
  return row;
}

describe('StatusPanel', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders the version, role and every readiness check from the backend', async () => {
    const fetchMock = mockFetchRoutes({
      '/health/live': live,
      '/health/ready': { status: 200, body: readyBody() },
    });

    renderWithQueryClient(<StatusPanel />);

    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual([
      'Loading backend information…',
      'Loading readiness checks…',
    ]);

    expect(await screen.findByText('0.1.0')).toBeTruthy();
    expect(screen.getByText('all')).toBeTruthy();
    expect(screen.getByText('12s')).toBeTruthy();
    expect(await screen.findByText('Ready')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Readiness checks' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Check', 'Status', 'Message']);
    const checkNames = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(checkNames).toEqual(['database', 'redis', 'queue', 'shutdown']);
    for (const name of checkNames) {
      expect(within(checkRow(name)).getByText('up')).toBeTruthy();
    }

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    const calledPaths = fetchMock.mock.calls.map(([input]) => input);
    expect(calledPaths).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  it('shows a degraded redis check with its message while the backend stays ready', async () => {
    mockFetchRoutes({
      '/health/live': live,
      '/health/ready': {
        status: 200,
        body: readyBody({ redis: { status: 'degraded', message: 'Redis unreachable; using in-memory cache' } }),
      },
    });

    renderWithQueryClient(<StatusPanel />);

    expect(await screen.findByText('Ready')).toBeTruthy();
    expect(screen.queryByText('Not ready')).toBeNull();
    const redis = checkRow('redis');
    expect(within(redis).getByText('degraded')).toBeTruthy();
    expect(within(redis).getByText('Redis unreachable; using in-memory cache')).toBeTruthy();
    expect(within(checkRow('database')).getByText('up')).toBeTruthy();
    expect(screen.queryByText(/Failing checks/)).toBeNull();
  });

  it('shows "Not ready" with the failing checks when /health/ready answers 503', async () => {
    mockFetchRoutes({
      '/health/live': live,
      '/health/ready': {
        status: 503,
        body: {
          status: 'error',
          info: { redis: { status: 'up' }, queue: { status: 'up' }, shutdown: { status: 'up' } },
          error: { database: { status: 'down', message: 'connection refused' } },
          details: {
            database: { status: 'down', message: 'connection refused' },
            redis: { status: 'up' },
            queue: { status: 'up' },
            shutdown: { status: 'up' },
          },
        },
      },
    });

    renderWithQueryClient(<StatusPanel />);

    expect(await screen.findByText('Not ready')).toBeTruthy();
    expect(screen.queryByText('Ready')).toBeNull();
    expect(screen.getByText('Failing checks: database')).toBeTruthy();
    const database = checkRow('database');
    expect(within(database).getByText('down')).toBeTruthy();
    expect(within(database).getByText('connection refused')).toBeTruthy();
    expect(within(checkRow('redis')).getByText('up')).toBeTruthy();
    // A 503 is a valid answer, not a fetch error.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('0.1.0')).toBeTruthy();
  });

  it('shows an error state when the backend cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    renderWithQueryClient(<StatusPanel />);

    await waitFor(() => {
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        'Backend unreachable. Could not reach the backend (/health/live).',
        'Readiness unavailable. Could not reach the backend (/health/ready).',
      ]);
    });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Ready')).toBeNull();
  });

  it('polls the backend again every 10 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const routes: Record<string, MockRoute> = {
      '/health/live': live,
      '/health/ready': { status: 200, body: readyBody() },
    };
    const fetchMock = mockFetchRoutes(routes);

    renderWithQueryClient(<StatusPanel />);
    expect(await screen.findByText('0.1.0')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);

    routes['/health/live'] = { status: 200, body: { ...liveBody, version: '0.2.0' } };
    await act(() => vi.advanceTimersByTimeAsync(STATUS_REFETCH_INTERVAL_MS));

    expect(await screen.findByText('0.2.0')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });
});
