import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { NationalDashboard } from './types';

/** `GET /api/v1/dashboards/national` (public; cached 30 s by the server, so the client keeps it as long). */
export function getNationalDashboard({ signal }: { signal?: AbortSignal } = {}): Promise<NationalDashboard> {
  return apiRequest<NationalDashboard>('GET', '/api/v1/dashboards/national', { signal });
}

export const nationalDashboardQueryKey = ['dashboard', 'national'] as const;

export function getNationalDashboardQueryOptions() {
  return queryOptions({
    queryKey: nationalDashboardQueryKey,
    queryFn: ({ signal }) => getNationalDashboard({ signal }),
    staleTime: 30_000,
  });
}

export function useNationalDashboard() {
  return useQuery(getNationalDashboardQueryOptions());
}
