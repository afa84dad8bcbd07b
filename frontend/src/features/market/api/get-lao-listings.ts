import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const LAO_LISTINGS_PAGE_SIZE = 20;
export const laoListingsQueryKey = ['market', 'lao-listings'] as const;

/** `GET /api/v1/laos/{code}/listings` (every listing of the LAO in every state; its officers, DLA admins). */
export function getLaoListingsQueryOptions(code: string, page: number) {
  return queryOptions({
    queryKey: [...laoListingsQueryKey, code, page] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/v1/laos/{code}/listings', { path: { code }, query: { page, size: LAO_LISTINGS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLaoListings(code: string, page: number) {
  return useQuery({ ...getLaoListingsQueryOptions(code, page), enabled: /^\d{7}$/.test(code) });
}
