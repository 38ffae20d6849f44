import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FakeCalcom } from 'test/fakes/fake-calcom';
import { ToolStatsService } from 'src/orchestrator/stats/tool-stats.service';
import { buildAdmin, launchChromium, screenshot, watchPageErrors } from 'test/support/browser';
import { apiAs, seedTwoTenants } from 'test/support/seed';
import { startTestApp, TEST_ADMIN, type TestApp } from 'test/support/test-app';

/**
 * Issue 9: the admin SPA in Debian's chromium against the real backend (serving a fresh build of the SPA) and
 * FakeCalcom. Each main page is saved as a screenshot under test-results/admin/ for review.
 */
const CALCOM_KEY = 'cal_live_browser_test_key_1234';
const ADMIN_A = { email: 'admin@a.test', password: 'password-of-a-1' };

let t: TestApp;
let fake: FakeCalcom;
let browser: Browser;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;

beforeAll(async () => {
  const dist = buildAdmin();
  fake = await new FakeCalcom(CALCOM_KEY).start();
  t = await startTestApp({ env: { ADMIN_DIST_DIR: dist, CALCOM_API_URL: fake.url } });
  world = await seedTwoTenants(t);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.close();
  await fake?.stop();
});

interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser profile; English unless a locale is given (else the company's language applies). */
async function open(options: { width?: number; locale?: 'en' | 'de' | null } = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'en-GB',
  });
  const locale = options.locale === undefined ? 'en' : options.locale;
  if (locale) await context.addInitScript(`localStorage.setItem('switchboard.locale', ${JSON.stringify(locale)})`);
  const page = await context.newPage();
  return { context, page, errors: watchPageErrors(page) };
}

async function signIn(session: Session, user: { email: string; password: string }): Promise<void> {
  const { page } = session;
  await page.goto(`${t.url}/admin/`);
  await page.waitForURL(/\/admin\/login$/);
  await page.getByLabel(/^(E-mail|E-Mail)/).fill(user.email);
  await page.getByLabel(/^(Password|Passwort)/).fill(user.password);
  await page.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

async function close(session: Session): Promise<void> {
  expect(session.errors).toEqual([]);
  await session.context.close();
}

describe('admin SPA in a real browser', () => {
  it('signs a company admin in to their own company, in its language, and keeps them out of the dashboard and other companies', async () => {
    const s = await open({ locale: null });
    await signIn(s, ADMIN_A);
    await s.page.waitForURL(new RegExp(`/admin/companies/${world.a.id}/overview$`));
    // The company's locale (German) is the default until the user picks one.
    const menu = s.page.getByRole('navigation');
    await menu.getByRole('link', { name: 'Integrationen' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Leistung', exact: true }).count()).toBe(0);

    await s.page.goto(`${t.url}/admin/ops/dashboard`);
    await s.page.getByTestId('forbidden').waitFor();
    await s.page.goto(`${t.url}/admin/companies/${world.b.id}/overview`);
    await s.page.getByTestId('forbidden').waitFor();
    await screenshot(s.page, 'company-admin-forbidden-dashboard');

    // A reload keeps the session (refresh cookie), and signing out ends it.
    await s.page.goto(`${t.url}/admin/companies/${world.a.id}/overview`);
    await menu.getByRole('link', { name: 'Integrationen' }).waitFor();
    await s.page.getByRole('button', { name: ADMIN_A.email }).click();
    await s.page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await s.page.waitForURL(/\/admin\/login$/);
    await s.page.goto(`${t.url}/admin/companies/${world.a.id}/overview`);
    await s.page.waitForURL(/\/admin\/login$/);
    await close(s);
  }, 60_000);

  it('takes a screenshot of every page of the portal and the dashboard', async () => {
    const s = await open();
    await signIn(s, TEST_ADMIN);
    const pages = [
      'overview',
      'integrations',
      'billing',
      'branches',
      'services',
      'knowledge',
      'calls',
      'callbacks',
      'webhooks',
      'data-protection',
      'api-keys',
      'retell-tools',
    ];
    for (const name of pages) {
      await s.page.goto(`${t.url}/admin/companies/${world.a.id}/${name}`);
      await s.page.getByRole('heading', { level: 2 }).first().waitFor();
      await s.page.waitForLoadState('networkidle');
      await screenshot(s.page, `portal-${name}`);
    }
    for (const name of ['dashboard', 'health']) {
      await s.page.goto(`${t.url}/admin/ops/${name}`);
      await s.page.getByRole('heading', { level: 2 }).first().waitFor();
      await s.page.waitForLoadState('networkidle');
      await screenshot(s.page, `ops-${name}`);
    }
    await s.page.goto(`${t.url}/admin/companies`);
    await s.page.getByRole('link', { name: 'Praxis B' }).waitFor();
    await screenshot(s.page, 'companies');
    await close(s);
  }, 90_000);

  it('works at tablet width with the menu behind a button', async () => {
    const s = await open({ width: 768 });
    await signIn(s, ADMIN_A);
    // The menu closes on every route change: open it once the redirect to the overview has loaded.
    await s.page.waitForURL(/\/overview$/);
    await s.page.getByRole('heading', { level: 2 }).first().waitFor();
    await s.page.waitForLoadState('networkidle');
    await s.page.getByRole('button', { name: 'Menu' }).click();
    await s.page.getByRole('navigation').getByRole('link', { name: 'Billing' }).click();
    await s.page.waitForURL(/\/billing$/);
    await s.page.getByRole('heading', { name: 'Billing', level: 2 }).waitFor();
    await screenshot(s.page, 'tablet-billing');
    await close(s);
  }, 60_000);

  it('connects Cal.com on the Integrations page: a refused key stays out, the right one connects', async () => {
    const s = await open();
    await signIn(s, ADMIN_A);
    await s.page.goto(`${t.url}/admin/companies/${world.a.id}/integrations`);
    const card = s.page.getByRole('region', { name: 'Cal.com' });
    await card.getByLabel('Status: Not connected').waitFor();
    const dialog = s.page.getByRole('dialog', { name: 'Connect Cal.com' });

    // Cal.com refuses the key: the vendor's answer shows under the field, nothing is stored.
    await card.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByLabel(/^API key/).fill('cal_live_wrong_key_0000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/^Cal.com did not accept the key/).waitFor();
    await screenshot(s.page, 'integrations-key-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await card.getByLabel('Status: Not connected').waitFor();

    await card.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByLabel(/^API key/).fill(CALCOM_KEY);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await card.getByLabel('Status: Connected').waitFor();
    await card.getByText('Key ending in ••••1234').waitFor();
    expect(await s.page.getByText(CALCOM_KEY).count()).toBe(0); // the key itself is never shown again
    await screenshot(s.page, 'integrations-connected');

    const stored = await apiAs(t, world.adminA).get(`/api/companies/${world.a.id}/integrations/calcom`).expect(200);
    expect(stored.body).toMatchObject({ status: 'connected', apiKeyLast4: '1234' });
    await close(s);
  }, 60_000);

  it('adds a phone number, typed the German way, to a branch', async () => {
    const s = await open();
    await signIn(s, ADMIN_A);
    await s.page.goto(`${t.url}/admin/companies/${world.a.id}/branches`);
    const form = s.page.locator('form').filter({ has: s.page.getByRole('button', { name: 'Add number' }) });
    await form.getByLabel('Phone number').fill('030 55501234');
    await form.getByLabel('Branch', { exact: true }).click();
    await s.page.getByRole('option', { name: 'Mitte' }).click();
    await form.getByRole('button', { name: 'Add number' }).click();

    // Normalised to E.164 and listed under its branch.
    await s.page.getByRole('region', { name: 'Mitte' }).getByText('+493055501234').waitFor();
    await screenshot(s.page, 'branches-number-added');
    const numbers = await apiAs(t, world.adminA).get(`/api/companies/${world.a.id}/phone-numbers`).expect(200);
    const items = numbers.body.items as { number: string; branchId: string | null }[];
    expect(items.filter((n) => n.number === '+493055501234')).toEqual([
      expect.objectContaining({ branchId: world.branchA }),
    ]);
    await close(s);
  }, 60_000);

  it('shows a burst of tool calls on the dashboard and warms the caches on request', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, () =>
        apiAs(t, world.su).post('/api/mcp/execute', {
          server: 'knowledge',
          tool: 'search',
          params: { query: 'Öffnungszeiten' },
          companyId: world.a.id,
        }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(30).fill(200));
    await t.app.get(ToolStatsService).flush(); // what the 5 s flush would write

    const s = await open();
    await signIn(s, TEST_ADMIN);
    await s.page.goto(`${t.url}/admin/ops/dashboard`);
    const calls = s.page.getByRole('region', { name: 'Calls per minute' });
    await calls.locator('.recharts-surface').first().waitFor();
    expect(await calls.getByText('No data in this window').count()).toBe(0);
    await s.page
      .getByRole('table', { name: /latency/i })
      .getByText('search')
      .first()
      .waitFor();
    await screenshot(s.page, 'dashboard-after-burst');

    await s.page.getByRole('button', { name: 'Warm caches' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await s.page.getByText(/^Caches warmed: \d+ numbers, \d+ event types/).waitFor();
    await screenshot(s.page, 'dashboard-caches-warmed');
    await close(s);
  }, 60_000);

  it('renders an injected <script>/<img onerror> name as text', async () => {
    const hostile = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    await apiAs(t, world.su)
      .patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { name: hostile })
      .expect(200);
    const s = await open();
    await signIn(s, ADMIN_A);
    await s.page.goto(`${t.url}/admin/companies/${world.a.id}/branches`);
    await s.page.getByText(hostile, { exact: false }).first().waitFor();
    expect(await s.page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(s.page, 'hostile-branch-name');
    await apiAs(t, world.su)
      .patch(`/api/companies/${world.a.id}/branches/${world.branchA}`, { name: 'Mitte' })
      .expect(200);
    await close(s);
  }, 60_000);
});
