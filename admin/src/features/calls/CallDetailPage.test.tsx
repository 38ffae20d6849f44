import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { CallDetailPage } from './CallDetailPage';
import { CALL_ID, callDetail } from './fixtures';

const ROUTE = {
  route: `/companies/c1/calls/${CALL_ID}`,
  path: '/companies/:companyId/calls/:callId',
  user: COMPANY_ADMIN,
};

describe('CallDetailPage', () => {
  it('shows the conversation, the analysis, the tool calls with latency and the booking', async () => {
    mockFetchRoutes({
      [`GET /api/companies/c1/calls/${CALL_ID}`]: {
        status: 200,
        body: callDetail({
          toolCalls: [
            {
              id: 't1',
              server: 'calcom',
              tool: 'check_availability',
              outcome: 'success',
              latencyMs: 420,
              errorCode: null,
              createdAt: '2026-11-20T09:00:20Z',
            },
            {
              id: 't2',
              server: 'calcom',
              tool: 'book_appointment',
              outcome: 'error',
              latencyMs: 2500,
              errorCode: 'UPSTREAM_TIMEOUT',
              createdAt: '2026-11-20T09:00:50Z',
            },
          ],
          appointments: [
            {
              id: 'a1',
              status: 'booked',
              startsAt: '2026-11-24T08:00:00Z',
              endsAt: '2026-11-24T08:30:00Z',
              branchId: 'b1',
              serviceId: null,
              staffId: null,
              calcomBookingUid: 'uid-123',
              createdAt: '2026-11-20T09:01:00Z',
            },
          ],
        }),
      },
    });
    renderPage(<CallDetailPage />, ROUTE);

    expect(await screen.findByRole('heading', { name: 'Call from Anna Schmidt' })).toBeTruthy();
    const transcript = screen.getByRole('region', { name: 'Transcript' });
    const turns = within(transcript)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(turns).toEqual(['AgentPraxis Mitte, guten Tag.', 'CallerIch möchte einen Termin.']);

    const tools = within(screen.getByRole('table', { name: 'Tool calls' })).getAllByRole('row');
    expect(tools[1]?.textContent).toContain('calcom.check_availability');
    expect(tools[1]?.textContent).toContain('success');
    expect(tools[1]?.textContent).toContain('420 ms');
    expect(tools[2]?.textContent).toContain('2.5 s');
    expect(tools[2]?.textContent).toContain('UPSTREAM_TIMEOUT');

    const analysis = screen.getByRole('region', { name: 'Analysis' });
    expect(analysis.textContent).toContain('Anna booked a cleaning.');
    expect(analysis.textContent).toContain('Positive');
    expect(analysis.textContent).toContain('in voicemail');

    const booking = screen.getByRole('region', { name: 'Booking' });
    expect(booking.textContent).toContain('Booked');
    expect(booking.textContent).toContain('uid-123');
  });

  it('says so when nothing happened', async () => {
    mockFetchRoutes({
      [`GET /api/companies/c1/calls/${CALL_ID}`]: {
        status: 200,
        body: callDetail({ transcript: null, analysis: null, summary: null, sentiment: null, successful: null }),
      },
    });
    renderPage(<CallDetailPage />, ROUTE);
    expect(await screen.findByText('The agent used no tools during this call.')).toBeTruthy();
    expect(screen.getByText('This call did not lead to a booking.')).toBeTruthy();
    expect(screen.getByText(/No transcript/)).toBeTruthy();
    expect(screen.getByText(/has not analysed/)).toBeTruthy();
  });
});
