import { Navigate, Outlet, Route, Routes } from 'react-router';
import { HomeRedirect, NotFound, RequireAuth, RequireCompanyAccess, RequireRole } from '../auth/guards';
import { LoginPage } from '../auth/LoginPage';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { BillingPage } from '../features/billing/BillingPage';
import { BranchesPage } from '../features/branches/BranchesPage';
import { CallbacksPage } from '../features/calls/CallbacksPage';
import { CallDetailPage } from '../features/calls/CallDetailPage';
import { CallsPage } from '../features/calls/CallsPage';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DataProtectionPage } from '../features/data-protection/DataProtectionPage';
import { HealthPage } from '../features/health/HealthPage';
import { IntegrationsPage } from '../features/integrations/IntegrationsPage';
import { KnowledgePage } from '../features/knowledge/KnowledgePage';
import { RetellToolsPage } from '../features/retell-tools/RetellToolsPage';
import { ServicesPage } from '../features/services/ServicesPage';
import { SetupPage } from '../features/setup/SetupPage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { AppLayout } from '../layout/AppLayout';

/** Every page of the SPA (served under /admin, the router's basename). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route
          path="companies"
          element={
            <RequireRole roles={['super_admin']}>
              <CompaniesPage />
            </RequireRole>
          }
        />
        <Route
          path="companies/:companyId"
          element={
            <RequireCompanyAccess>
              <OutletRoute />
            </RequireCompanyAccess>
          }
        >
          <Route index element={<Navigate to="overview" replace />} />
          <Route path="overview" element={<SetupPage />} />
          <Route path="integrations" element={<IntegrationsPage />} />
          <Route path="billing" element={<BillingPage />} />
          <Route path="branches" element={<BranchesPage />} />
          <Route path="services" element={<ServicesPage />} />
          <Route path="knowledge" element={<KnowledgePage />} />
          <Route path="calls" element={<CallsPage />} />
          <Route path="calls/:callId" element={<CallDetailPage />} />
          <Route path="callbacks" element={<CallbacksPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="data-protection" element={<DataProtectionPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="retell-tools" element={<RetellToolsPage />} />
        </Route>
        <Route
          path="ops"
          element={
            <RequireRole roles={['super_admin', 'ops']}>
              <OutletRoute />
            </RequireRole>
          }
        >
          <Route index element={<Navigate to="dashboard" replace />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="health" element={<HealthPage />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function OutletRoute() {
  return <Outlet />;
}
