import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';
import type { GetQuery } from '@/lib/api/types';

import type { LaoPage } from '../types';

export type LaoQuery = GetQuery<'/api/v1/laos'>;

export function getLaos(query: LaoQuery, { signal }: { signal?: AbortSignal } = {}): Promise<LaoPage> {
  return apiGet('/api/v1/laos', { query, signal });
}

export function getLaosQueryOptions(query: LaoQuery) {
  return queryOptions({
    queryKey: ['directory', 'laos', 'list', query] as const,
    queryFn: ({ signal }) => getLaos(query, { signal }),
    placeholderData: keepPreviousData, // keep the old page on screen while the next one loads
  });
}

export function useLaos(query: LaoQuery) {
  return useQuery(getLaosQueryOptions(query));
}
