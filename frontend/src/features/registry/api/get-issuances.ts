import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { IssuancePage } from '../types';

export const ISSUANCE_PAGE_SIZE = 20;

/** `page` is 0-based, as the API takes it. */
export function getIssuances(page: number, { signal }: { signal?: AbortSignal } = {}): Promise<IssuancePage> {
  return apiGet('/api/v1/admin/issuances', { query: { page, size: ISSUANCE_PAGE_SIZE }, signal });
}

export function getIssuancesQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['registry', 'issuances', 'list', page] as const,
    queryFn: ({ signal }) => getIssuances(page, { signal }),
  });
}

export function useIssuances(page: number) {
  return useQuery({ ...getIssuancesQueryOptions(page), placeholderData: keepPreviousData });
}
