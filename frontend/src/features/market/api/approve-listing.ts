import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Listing } from '../types';

import { laoListingsQueryKey } from './get-lao-listings';
import { listingQueryKey } from './get-listing';

/** `POST /api/v1/listings/{id}/approve` → OPEN (another officer of the same LAO; the maker gets 403 `maker-cannot-approve`). */
export function approveListing({ id }: { id: string }): Promise<Listing> {
  return apiRequest<Listing>('POST', '/api/v1/listings/{id}/approve', { path: { id } });
}

export function useApproveListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveListing,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey(listing.id), listing);
      void queryClient.invalidateQueries({ queryKey: laoListingsQueryKey });
    },
  });
}
