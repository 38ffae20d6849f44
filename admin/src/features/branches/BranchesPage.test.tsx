import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { BranchesPage } from './BranchesPage';
import { normalizeHours, validateHours } from './hours';

const branch = {
  id: 'b1',
  companyId: 'c1',
  name: 'Mitte',
  timezone: 'Europe/Berlin',
  address: null,
  businessHours: { mon: [['08:00', '12:00']] },
  specialDays: [],
  calcomEventTypeId: null,
  retellAgentId: null,
  isActive: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const page = (items: unknown[]) => ({ total: items.length, page: 1, pageSize: 100, items });
const open = () =>
  renderPage(<BranchesPage />, {
    route: '/companies/c1/branches',
    path: '/companies/:companyId/branches',
    user: COMPANY_ADMIN,
  });

afterEach(() => vi.unstubAllGlobals());

describe('business hours', () => {
  it('flags inverted, overlapping and malformed intervals', () => {
    expect(
      validateHours({
        mon: [
          ['08:00', '12:00'],
          ['11:00', '14:00'],
        ],
        tue: [['18:00', '09:00']],
        wed: [['9:00', '12:00']],
        thu: [
          ['13:00', '18:00'],
          ['08:00', '12:00'],
        ],
      }),
    ).toEqual({ 'mon.1': 'overlap', 'tue.0': 'inverted', 'wed.0': 'format' });
  });

  it('drops closed days and sorts intervals', () => {
    expect(
      normalizeHours({
        mon: [
          ['13:00', '18:00'],
          ['08:00', '12:00'],
        ],
        tue: [],
      }),
    ).toEqual({
      mon: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
    });
  });

  it('blocks saving while an interval is invalid and PATCHes the hours once fixed', async () => {
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/branches': { status: 200, body: page([branch]) },
      'GET /api/companies/c1/phone-numbers': { status: 200, body: page([]) },
      'PATCH /api/companies/c1/branches/b1': async (request) => {
        bodies.push(await request.json());
        return { status: 200, body: branch };
      },
    });
    const user = userEvent.setup();
    open();
    const to = await screen.findByLabelText('Monday To 1');
    await user.clear(to);
    await user.type(to, '07:00');
    expect(screen.getByText('Ends before it starts')).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save hours' });
    expect(save).toHaveProperty('disabled', true);
    await user.clear(to);
    await user.type(to, '12:30');
    await user.click(screen.getByRole('button', { name: 'Add hours: Saturday' }));
    await user.click(save);
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ businessHours: { mon: [['08:00', '12:30']], sat: [['09:00', '17:00']] } });
  });
});

describe('phone numbers', () => {
  it('shows a 400 from the API next to the number field', async () => {
    let body: unknown;
    mockFetchRoutes({
      'GET /api/companies/c1/branches': { status: 200, body: page([branch]) },
      'GET /api/companies/c1/phone-numbers': { status: 200, body: page([]) },
      'POST /api/companies/c1/phone-numbers': async (request) => {
        body = await request.json();
        return {
          status: 400,
          body: {
            error: {
              code: 'INVALID_INPUT',
              message: 'Invalid input',
              details: [{ field: 'number', rule: 'phone', message: 'Not a valid phone number for DE' }],
            },
          },
        };
      },
    });
    const user = userEvent.setup();
    open();
    await screen.findByRole('heading', { name: 'Mitte' });
    const input = screen.getByLabelText('Phone number');
    await user.type(input, '123');
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    expect(await screen.findByText('Not a valid phone number for DE')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(body).toEqual({ number: '123', branchId: null });
  });

  it('lists a branch’s numbers in its card', async () => {
    mockFetchRoutes({
      'GET /api/companies/c1/branches': { status: 200, body: page([branch]) },
      'GET /api/companies/c1/phone-numbers': {
        status: 200,
        body: page([
          {
            id: 'p1',
            companyId: 'c1',
            number: '+493055501234',
            branchId: 'b1',
            retellAgentId: null,
            label: null,
            isActive: true,
            createdAt: '',
            updatedAt: '',
          },
        ]),
      },
    });
    open();
    const card = await screen.findByRole('region', { name: 'Mitte' });
    expect(await within(card).findByText('+493055501234')).toBeTruthy();
  });
});
