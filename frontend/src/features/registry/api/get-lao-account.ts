import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { JournalReason, LaoAccount } from '../types';

/** The journal's filters and page (0-based), as the API takes them. */
export type JournalQuery = {
  reason?: JournalReason | undefined;
  vintage?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  size: number;
};

export function getLaoAccount(
  code: string,
  query: JournalQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<LaoAccount> {
  return apiGet('/api/v1/laos/{code}/account', { path: { code }, query, signal });
}

export function getLaoAccountQueryOptions(code: string, query: JournalQuery) {
  return queryOptions({
    queryKey: ['registry', 'laos', code, 'account', query] as const,
    queryFn: ({ signal }) => getLaoAccount(code, query, { signal }),
  });
}

/** Keeps the previous page on screen while the next filter or page loads (no flash of a spinner). */
export function useLaoAccount(code: string, query: JournalQuery) {
  return useQuery({ ...getLaoAccountQueryOptions(code, query), placeholderData: keepPreviousData });
}
