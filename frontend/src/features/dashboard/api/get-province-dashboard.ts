import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { ProvinceDashboard } from './types';

export const PROVINCE_CODE = /^\d{2}$/;

/** `GET /api/v1/dashboards/provinces/{code}` (public; 404 problem for an unknown province). */
export function getProvinceDashboard(
  code: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ProvinceDashboard> {
  return apiRequest<ProvinceDashboard>('GET', '/api/v1/dashboards/provinces/{code}', { path: { code }, signal });
}

export function getProvinceDashboardQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['dashboard', 'provinces', code] as const,
    queryFn: ({ signal }) => getProvinceDashboard(code, { signal }),
    staleTime: 30_000,
  });
}

export function useProvinceDashboard(code: string) {
  return useQuery({ ...getProvinceDashboardQueryOptions(code), enabled: PROVINCE_CODE.test(code) });
}
