import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerListQuery, BuyerPage } from '../types';

export const BUYER_PAGE_SIZE = 20;

/** `GET /api/v1/admin/buyers?status=&q=&page=&size=` (DLA admin). */
export function getBuyers(query: BuyerListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<BuyerPage> {
  return apiRequest<BuyerPage>('GET', '/api/v1/admin/buyers', { query, signal });
}

export const buyerListQueryKey = ['buyers', 'admin', 'list'] as const;

export function getBuyersQueryOptions(query: BuyerListQuery) {
  return queryOptions({
    queryKey: [...buyerListQueryKey, query] as const,
    queryFn: ({ signal }) => getBuyers(query, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export function useBuyers(query: BuyerListQuery) {
  return useQuery(getBuyersQueryOptions(query));
}
