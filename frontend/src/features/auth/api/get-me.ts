import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { Me } from '../types';

export function getMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me> {
  return apiGet('/api/v1/me', { signal });
}

export const meQueryKey = ['auth', 'me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
    staleTime: 5 * 60_000,
  });
}

export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getMeQueryOptions(), enabled });
}
