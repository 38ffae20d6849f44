import {
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Select,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/call';
import { logout } from '../auth/session';
import { isOperator, useUser } from '../auth/useSession';
import { useLocale, useT, type Locale } from '../i18n/i18n';
import { COMPANY_PAGES, nav, OPS_PAGES } from './messages';
import { useCompany } from './useCompany';

/**
 * The frame of every signed-in page. Navigation follows the role: a company admin sees only their company's
 * pages; ops sees the operations pages; super_admin both, with a company picker.
 */
export function AppLayout() {
  const t = useT(nav);
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const match = useMatch('/companies/:companyId/*');
  // A company admin's pages are always their own company's, whatever the URL says (the guard refuses others).
  const companyId = user.role === 'company_admin' ? user.companyId : (match?.params.companyId ?? null);
  const company = useCompany(companyId ?? undefined);
  const { suggestLocale } = useLocale();

  useEffect(close, [location.pathname, close]);
  useEffect(() => {
    if (company.data) suggestLocale(company.data.locale as Locale);
  }, [company.data, suggestLocale]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('menu')} />
            <Text fw={700} size="lg">
              Switchboard
            </Text>
            {user.role === 'super_admin' && <CompanyPicker companyId={companyId} />}
            {user.role === 'company_admin' && company.data && (
              <Text c="dimmed" visibleFrom="sm">
                {company.data.name}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label={user.email}>
                  <Text size="sm" visibleFrom="sm">
                    {user.email}
                  </Text>
                  <Text size="sm" hiddenFrom="sm">
                    ☰
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{user.role}</Menu.Label>
                <Menu.Item onClick={() => void logout()}>{t('logout')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('menu')}>
        <ScrollArea>
          {companyId && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4}>
                {t('portal')}
              </Text>
              {COMPANY_PAGES.map((page) => (
                <NavLink
                  key={page.path}
                  component={RouterNavLink}
                  to={`/companies/${companyId}/${page.path}`}
                  label={t(page.label)}
                />
              ))}
            </>
          )}
          {isOperator(user) && (
            <>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                {t('operations')}
              </Text>
              {OPS_PAGES.map((page) => (
                <NavLink key={page.path} component={RouterNavLink} to={page.path} label={t(page.label)} />
              ))}
              {user.role === 'super_admin' && (
                <NavLink component={RouterNavLink} to="/companies" end label={t('companies')} />
              )}
            </>
          )}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function LanguageSwitch() {
  const t = useT(nav);
  const { locale, setLocale } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      data={[
        { value: 'de', label: 'DE' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}

/** super_admin: switch the company the portal pages show, keeping the page. */
function CompanyPicker({ companyId }: { companyId: string | null }) {
  const t = useT(nav);
  const navigate = useNavigate();
  const location = useLocation();
  const companies = useQuery({
    queryKey: ['companies', 'picker'],
    queryFn: () => unwrap(api.GET('/api/companies', { params: { query: { pageSize: 100 } } })),
  });
  const page = companyId ? (location.pathname.split('/')[3] ?? 'overview') : 'overview';
  return (
    <Select
      aria-label={t('pickCompany')}
      placeholder={t('pickCompanyPlaceholder')}
      searchable
      size="xs"
      w={220}
      visibleFrom="sm"
      value={companyId}
      data={(companies.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      onChange={(id) => id && navigate(`/companies/${id}/${page}`)}
    />
  );
}
