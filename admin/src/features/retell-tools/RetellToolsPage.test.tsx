import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { RetellToolsPage } from './RetellToolsPage';

const tool = (name: string) => ({
  type: 'custom',
  name,
  description: `Does ${name}`,
  url: `https://switchboard.example/api/mcp/retell/functions/${name}`,
  parameters: { type: 'object', properties: {} },
  timeout_ms: 2500,
  args_at_root: false,
  speak_during_execution: true,
  speak_after_execution: true,
});

describe('RetellToolsPage', () => {
  it('shows each tool as JSON and copies one or all of them', async () => {
    const tools = [tool('check_availability'), tool('book_appointment')];
    mockFetchRoutes({ 'GET /api/companies/c1/retell/tools': { status: 200, body: tools } });
    const user = userEvent.setup();
    renderPage(<RetellToolsPage />, {
      route: '/companies/c1/retell-tools',
      path: '/companies/:companyId/retell-tools',
      user: COMPANY_ADMIN,
    });

    expect(await screen.findByRole('region', { name: 'book_appointment' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy all tools as JSON' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(tools);
    await user.click(screen.getByRole('button', { name: 'Copy check_availability' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(tools[0]);
  });
});
