import { useQuery } from '@tanstack/react-query';
import { fetchLiveness, fetchReadiness } from '../../api/health';

/** How often the status page polls the backend. */
export const STATUS_REFETCH_INTERVAL_MS = 10_000;

export const healthKeys = {
  all: ['health'] as const,
  live: () => [...healthKeys.all, 'live'] as const,
  ready: () => [...healthKeys.all, 'ready'] as const,
};

export function useLiveness() {
  return useQuery({
    queryKey: healthKeys.live(),
    queryFn: ({ signal }) => fetchLiveness(signal),
    refetchInterval: STATUS_REFETCH_INTERVAL_MS,
  });
}

export function useReadiness() {
  return useQuery({
    queryKey: healthKeys.ready(),
    queryFn: ({ signal }) => fetchReadiness(signal),
    refetchInterval: STATUS_REFETCH_INTERVAL_MS,
  });
}
