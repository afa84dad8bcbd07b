import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Listing } from '../types';

import { laoListingsQueryKey } from './get-lao-listings';
import { listingQueryKey } from './get-listing';

/** `POST /api/v1/listings/{id}/withdraw` → WITHDRAWN (unsold credits released, waiting bids rejected). */
export function withdrawListing({ id }: { id: string }): Promise<Listing> {
  return apiRequest<Listing>('POST', '/api/v1/listings/{id}/withdraw', { path: { id } });
}

export function useWithdrawListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawListing,
    onSuccess: (listing) => {
      queryClient.setQueryData(listingQueryKey(listing.id), listing);
      void queryClient.invalidateQueries({ queryKey: laoListingsQueryKey });
    },
  });
}
