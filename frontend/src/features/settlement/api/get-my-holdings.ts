import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const holdingsQueryKey = ['settlement', 'holdings'] as const;

/** `GET /api/v1/me/holdings` (the buyer's own credits: balances by issuance and vintage, blocks). */
export function getMyHoldingsQueryOptions() {
  return queryOptions({
    queryKey: holdingsQueryKey,
    queryFn: ({ signal }) => apiGet('/api/v1/me/holdings', { query: { page: 0, size: 20 }, signal }),
  });
}

export function useMyHoldings() {
  return useQuery(getMyHoldingsQueryOptions());
}
