import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { LaoDetail } from '../types';

export function getLao(code: string, { signal }: { signal?: AbortSignal } = {}): Promise<LaoDetail> {
  return apiGet('/api/v1/laos/{code}', { path: { code }, signal });
}

export function getLaoQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['directory', 'laos', 'detail', code] as const,
    queryFn: ({ signal }) => getLao(code, { signal }),
  });
}

export function useLao(code: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getLaoQueryOptions(code), enabled });
}
