import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { PublicBid } from '../types';

export const listingBidsQueryKey = (id: string) => ['market', 'listings', 'bids', id] as const;

/** `GET /api/v1/listings/{id}/bids`: bids with the buyers anonymised, newest first. */
export function getListingBids(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<PublicBid[]> {
  return apiRequest<PublicBid[]>('GET', '/api/v1/listings/{id}/bids', { path: { id }, signal });
}

export function getListingBidsQueryOptions(id: string) {
  return queryOptions({
    queryKey: listingBidsQueryKey(id),
    queryFn: ({ signal }) => getListingBids(id, { signal }),
  });
}

export function useListingBids(id: string) {
  return useQuery(getListingBidsQueryOptions(id));
}
