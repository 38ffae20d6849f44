import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/call';
import type { components } from '../api/schema';

export type Company = components['schemas']['CompanyDto'];

/** The company of the current /companies/:companyId route. */
export function useCompanyId(): string {
  const { companyId } = useParams();
  if (!companyId) throw new Error('useCompanyId outside /companies/:companyId');
  return companyId;
}

export const companyKey = (companyId: string) => ['company', companyId] as const;

/** The company of the route, or the one given. */
export function useCompany(companyId?: string) {
  const fromRoute = useParams().companyId;
  const id = companyId ?? fromRoute ?? '';
  return useQuery({
    enabled: id !== '',
    queryKey: companyKey(id),
    queryFn: () => unwrap(api.GET('/api/companies/{companyId}', { params: { path: { companyId: id } } })),
  });
}
