import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Listing } from '../types';

import { laoListingsQueryKey } from './get-lao-listings';
import { listingQueryKey } from './get-listing';

/** `POST /api/v1/listings/{id}/submit` → PENDING_APPROVAL (sends the draft to a second officer). */
export function submitListing({ id }: { id: string }): Promise<Listing> {
  return apiRequest<Listing>('POST', '/api/v1/listings/{id}/submit', { path: { id } });
}

export function useSubmitListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitListing,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey(listing.id), listing);
      void queryClient.invalidateQueries({ queryKey: laoListingsQueryKey });
    },
  });
}
