import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import type { SerialTrace } from '../types';

export function getSerial(serial: string, { signal }: { signal?: AbortSignal } = {}): Promise<SerialTrace> {
  return apiGet('/api/v1/serials/{serial}', { path: { serial }, signal });
}

export function getSerialQueryOptions(serial: string) {
  return queryOptions({
    queryKey: ['registry', 'serials', serial] as const,
    queryFn: ({ signal }) => getSerial(serial, { signal }),
  });
}

export function useSerial(serial: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getSerialQueryOptions(serial), enabled });
}
