import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { ListingPage, ListingQuery } from '../types';

export const LISTING_PAGE_SIZE = 12;
export const listingsQueryKey = ['market', 'listings', 'list'] as const;

/** `GET /api/v1/listings` (public catalogue). */
export function getListings(query: ListingQuery, { signal }: { signal?: AbortSignal } = {}): Promise<ListingPage> {
  return apiRequest<ListingPage>('GET', '/api/v1/listings', { query, signal });
}

export function getListingsQueryOptions(query: ListingQuery) {
  return queryOptions({
    queryKey: [...listingsQueryKey, query] as const,
    queryFn: ({ signal }) => getListings(query, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useListings(query: ListingQuery) {
  return useQuery(getListingsQueryOptions(query));
}
