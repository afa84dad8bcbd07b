import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { BinReport } from '../types';

export function getBinReports(code: string, { signal }: { signal?: AbortSignal } = {}): Promise<BinReport[]> {
  return apiGet('/api/v1/laos/{code}/bin-reports', { path: { code }, signal });
}

export function getBinReportsQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['registry', 'laos', code, 'bin-reports'] as const,
    queryFn: ({ signal }) => getBinReports(code, { signal }),
  });
}

export function useBinReports(code: string) {
  return useQuery(getBinReportsQueryOptions(code));
}
