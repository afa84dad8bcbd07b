import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import { TRADES_PAGE_SIZE, tradesQueryKey } from './get-my-trades';

/** `GET /api/v1/laos/{code}/trades` (the LAO's officers). */
export function getLaoTradesQueryOptions(code: string, page: number) {
  return queryOptions({
    queryKey: [...tradesQueryKey, 'lao', code, page] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/v1/laos/{code}/trades', { path: { code }, query: { page, size: TRADES_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLaoTrades(code: string, page: number) {
  return useQuery({ ...getLaoTradesQueryOptions(code, page), enabled: /^\d{7}$/.test(code) });
}
