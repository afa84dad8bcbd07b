import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const retirementsQueryKey = ['settlement', 'retirements'] as const;

/** `GET /api/v1/me/retirements` (the buyer's certificates, newest first). */
export function getMyRetirementsQueryOptions(page: number) {
  return queryOptions({
    queryKey: [...retirementsQueryKey, page] as const,
    queryFn: ({ signal }) => apiGet('/api/v1/me/retirements', { query: { page, size: 20 }, signal }),
  });
}

export function useMyRetirements(page: number) {
  return useQuery(getMyRetirementsQueryOptions(page));
}
