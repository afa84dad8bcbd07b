import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BidPage } from '../types';

export const MY_BIDS_PAGE_SIZE = 20;
export const myBidsQueryKey = ['market', 'my-bids'] as const;

/** `GET /api/v1/me/bids` (the buyer's organisation's bids, newest first). */
export function getMyBids(page: number, { signal }: { signal?: AbortSignal } = {}): Promise<BidPage> {
  return apiRequest<BidPage>('GET', '/api/v1/me/bids', { query: { page, size: MY_BIDS_PAGE_SIZE }, signal });
}

export function getMyBidsQueryOptions(page: number) {
  return queryOptions({
    queryKey: [...myBidsQueryKey, page] as const,
    queryFn: ({ signal }) => getMyBids(page, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyBids(page: number) {
  return useQuery(getMyBidsQueryOptions(page));
}
