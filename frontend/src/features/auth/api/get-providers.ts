import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { AuthProvider } from '../types';

export function getProviders({ signal }: { signal?: AbortSignal } = {}): Promise<AuthProvider[]> {
  return apiRequest<AuthProvider[]>('GET', '/api/v1/auth/providers', { signal });
}

export function getProvidersQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'providers'] as const,
    queryFn: ({ signal }) => getProviders({ signal }),
    staleTime: 60 * 60_000, // configuration: changes only with a deployment
  });
}

export function useProviders() {
  return useQuery(getProvidersQueryOptions());
}
