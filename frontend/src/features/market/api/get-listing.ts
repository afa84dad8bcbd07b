import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Listing } from '../types';

export const listingQueryKey = (id: string) => ['market', 'listings', 'detail', id] as const;

/** `GET /api/v1/listings/{id}` (public; drafts only for the LAO's officers). */
export function getListing(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Listing> {
  return apiRequest<Listing>('GET', '/api/v1/listings/{id}', { path: { id }, signal });
}

export function getListingQueryOptions(id: string) {
  return queryOptions({
    queryKey: listingQueryKey(id),
    queryFn: ({ signal }) => getListing(id, { signal }),
  });
}

export function useListing(id: string) {
  return useQuery(getListingQueryOptions(id));
}
