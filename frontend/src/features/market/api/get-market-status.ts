import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const marketStatusQueryKey = ['market', 'controls'] as const;

/** `GET /api/v1/admin/market` (DLA admin): frozen or not, price floors per project. */
export function getMarketStatusQueryOptions() {
  return queryOptions({
    queryKey: marketStatusQueryKey,
    queryFn: ({ signal }) => apiGet('/api/v1/admin/market', { signal }),
  });
}

export function useMarketStatus() {
  return useQuery(getMarketStatusQueryOptions());
}
