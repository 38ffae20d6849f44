import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { mockFetchRoutes, renderWithQueryClient } from './test/render';

describe('App', () => {
  it('shows the product name and the status panel', async () => {
    mockFetchRoutes({
      '/health/live': { status: 200, body: { status: 'ok', version: '0.1.0', role: 'api', uptimeSeconds: 3725 } },
      '/health/ready': { status: 200, body: { status: 'ok', info: {}, error: {}, details: {} } },
    });

    renderWithQueryClient(<App />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Switchboard Admin');
    expect(screen.getByRole('heading', { level: 2, name: 'System status' })).toBeTruthy();
    expect(await screen.findByText('api')).toBeTruthy();
    expect(screen.getByText('1h 2m 5s')).toBeTruthy();
  });
});
