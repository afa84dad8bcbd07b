import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

/** `GET /api/v1/admin/buyers/{id}` (DLA admin). */
export function getBuyer(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('GET', '/api/v1/admin/buyers/{id}', { path: { id }, signal });
}

export const buyerDetailQueryKey = (id: string) => ['buyers', 'admin', 'detail', id] as const;

export function getBuyerQueryOptions(id: string) {
  return queryOptions({
    queryKey: buyerDetailQueryKey(id),
    queryFn: ({ signal }) => getBuyer(id, { signal }),
    staleTime: 10_000,
  });
}

export function useBuyer(id: string) {
  return useQuery(getBuyerQueryOptions(id));
}
