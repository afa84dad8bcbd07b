import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { Province } from '../types';

export function getProvinces({ signal }: { signal?: AbortSignal } = {}): Promise<Province[]> {
  return apiGet('/api/v1/provinces', { signal });
}

export const provincesQueryKey = ['directory', 'provinces'] as const;

export function getProvincesQueryOptions() {
  return queryOptions({
    queryKey: provincesQueryKey,
    queryFn: ({ signal }) => getProvinces({ signal }),
    staleTime: 60 * 60_000, // reference data: changes only when DLA's list is re-imported
  });
}

export function useProvinces() {
  return useQuery(getProvincesQueryOptions());
}
