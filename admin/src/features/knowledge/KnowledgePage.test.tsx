import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPANY_ADMIN, mockFetchRoutes, renderPage } from '../../test/render';
import { KnowledgePage } from './KnowledgePage';
import { MarkdownPreview } from './MarkdownPreview';

const doc = {
  id: 'd1',
  companyId: 'c1',
  title: 'Öffnungszeiten',
  content: '# Zeiten\n\n- Mo 8–18',
  language: 'de',
  status: 'draft',
  version: 1,
  tags: [],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
};

afterEach(() => vi.unstubAllGlobals());

describe('MarkdownPreview', () => {
  it('renders markup as text, never as HTML', () => {
    const { container } = render(
      <MantineProvider>
        <MarkdownPreview source={'# Title\n\n<script>alert(1)</script> **bold** <img src=x onerror=alert(1)>'} />
      </MantineProvider>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(screen.getByRole('heading', { name: 'Title' })).toBeTruthy();
  });
});

describe('KnowledgePage', () => {
  it('publishes a draft with a PATCH of its status', async () => {
    const bodies: unknown[] = [];
    mockFetchRoutes({
      'GET /api/companies/c1/knowledge': { status: 200, body: { total: 1, page: 1, pageSize: 100, items: [doc] } },
      'GET /api/knowledge/templates': { status: 200, body: [] },
      'GET /api/companies/c1/knowledge/d1': { status: 200, body: { ...doc, versions: [] } },
      'PATCH /api/companies/c1/knowledge/d1': async (request) => {
        bodies.push(await request.json());
        return { status: 200, body: { ...doc, status: 'published' } };
      },
    });
    const user = userEvent.setup();
    renderPage(<KnowledgePage />, {
      route: '/companies/c1/knowledge',
      path: '/companies/:companyId/knowledge',
      user: COMPANY_ADMIN,
    });
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(bodies).toEqual([{ status: 'published' }]));
    expect(await screen.findByText('Published "Öffnungszeiten"')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit "Öffnungszeiten"' }));
    const content = await screen.findByLabelText('Content (Markdown)');
    await user.clear(content);
    await user.type(content, '## Neu');
    expect(await screen.findByRole('heading', { name: 'Neu' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies[1]).toEqual({ title: 'Öffnungszeiten', content: '## Neu' }));
  });
});
