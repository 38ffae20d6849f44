import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/i18n';
import { nav } from '../layout/messages';
import type { Role } from './session';
import { useSession } from './useSession';

/** Signed-in routes: a loader while the session is restored from the refresh cookie, else the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (session.status === 'signedOut') {
    return <Navigate to="/login" replace state={{ from: location.pathname, reason: session.reason }} />;
  }
  return <>{children}</>;
}

/** Pages for some roles only; the others see why, not a broken page (the API refuses them anyway). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  if (session.status !== 'signedIn' || !roles.includes(session.user.role)) return <Forbidden />;
  return <>{children}</>;
}

/** A company admin may open only their own company. */
export function RequireCompanyAccess({ children }: { children: ReactNode }) {
  const session = useSession();
  const { companyId } = useParams();
  if (session.status !== 'signedIn') return null;
  const { user } = session;
  if (user.role === 'company_admin' && user.companyId !== companyId) return <Forbidden />;
  if (user.role === 'ops') return <Forbidden />;
  return <>{children}</>;
}

export function Forbidden() {
  const t = useT(nav);
  return (
    <Stack align="center" py={80} gap="sm" data-testid="forbidden">
      <Title order={2}>{t('forbiddenTitle')}</Title>
      <Text c="dimmed">{t('forbiddenText')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('toHome')}
      </Button>
    </Stack>
  );
}

export function NotFound() {
  const t = useT(nav);
  return (
    <Stack align="center" py={80} gap="sm">
      <Title order={2}>{t('notFoundTitle')}</Title>
      <Button component={Link} to="/" variant="light">
        {t('toHome')}
      </Button>
    </Stack>
  );
}

/** Where "/" leads: a company admin to their company, operators to the dashboard. */
export function HomeRedirect() {
  const session = useSession();
  if (session.status !== 'signedIn') return <Navigate to="/login" replace />;
  const { user } = session;
  if (user.role === 'company_admin' && user.companyId) {
    return <Navigate to={`/companies/${user.companyId}/overview`} replace />;
  }
  return <Navigate to="/ops/dashboard" replace />;
}
