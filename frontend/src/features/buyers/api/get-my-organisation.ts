import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

/** `GET /api/v1/me/organisation` (buyer): the signed-in buyer's own organisation. */
export function getMyOrganisation({ signal }: { signal?: AbortSignal } = {}): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('GET', '/api/v1/me/organisation', { signal });
}

export function getMyOrganisationQueryOptions() {
  return queryOptions({
    queryKey: ['buyers', 'mine'] as const,
    queryFn: ({ signal }) => getMyOrganisation({ signal }),
    staleTime: 30_000,
  });
}

export function useMyOrganisation() {
  return useQuery(getMyOrganisationQueryOptions());
}
