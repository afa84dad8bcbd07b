import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { ReportingWindow } from '../types';

export function getReportingWindows({ signal }: { signal?: AbortSignal } = {}): Promise<ReportingWindow[]> {
  return apiGet('/api/v1/reporting-windows', { signal });
}

export function getReportingWindowsQueryOptions() {
  return queryOptions({
    queryKey: ['registry', 'reporting-windows'] as const,
    queryFn: ({ signal }) => getReportingWindows({ signal }),
  });
}

export function useReportingWindows() {
  return useQuery(getReportingWindowsQueryOptions());
}
