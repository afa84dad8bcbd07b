import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { CreditSummary } from '../types';

export function getCreditSummary(code: string, { signal }: { signal?: AbortSignal } = {}): Promise<CreditSummary> {
  return apiGet('/api/v1/laos/{code}/credit-summary', { path: { code }, signal });
}

export function getCreditSummaryQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['registry', 'laos', code, 'credit-summary'] as const,
    queryFn: ({ signal }) => getCreditSummary(code, { signal }),
  });
}

export function useCreditSummary(code: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getCreditSummaryQueryOptions(code), enabled });
}
