import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { Issuance } from '../types';

export function getIssuance(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Issuance> {
  return apiGet('/api/v1/admin/issuances/{id}', { path: { id }, signal });
}

export function getIssuanceQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['registry', 'issuances', 'detail', id] as const,
    queryFn: ({ signal }) => getIssuance(id, { signal }),
  });
}

export function useIssuance(id: string) {
  return useQuery(getIssuanceQueryOptions(id));
}
