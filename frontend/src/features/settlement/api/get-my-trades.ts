import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const TRADES_PAGE_SIZE = 20;
export const tradesQueryKey = ['settlement', 'trades'] as const;

/** `GET /api/v1/me/trades` (the buyer's trades, newest first). */
export function getMyTradesQueryOptions(page: number) {
  return queryOptions({
    queryKey: [...tradesQueryKey, 'mine', page] as const,
    queryFn: ({ signal }) => apiGet('/api/v1/me/trades', { query: { page, size: TRADES_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyTrades(page: number) {
  return useQuery(getMyTradesQueryOptions(page));
}
