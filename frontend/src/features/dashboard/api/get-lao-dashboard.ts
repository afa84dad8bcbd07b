import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { LaoDashboard } from './types';

/** `GET /api/v1/dashboards/laos/{code}` (public figures of one LAO). */
export function getLaoDashboard(code: string, { signal }: { signal?: AbortSignal } = {}): Promise<LaoDashboard> {
  return apiRequest<LaoDashboard>('GET', '/api/v1/dashboards/laos/{code}', { path: { code }, signal });
}

export function getLaoDashboardQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['dashboard', 'laos', code] as const,
    queryFn: ({ signal }) => getLaoDashboard(code, { signal }),
    staleTime: 30_000,
  });
}

export function useLaoDashboard(code: string) {
  return useQuery(getLaoDashboardQueryOptions(code));
}
