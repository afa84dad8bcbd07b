import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { listingBidsQueryKey } from './get-listing-bids';
import { listingQueryKey } from './get-listing';

/** `POST /api/v1/bids/{id}/accept` → FILLED with a trade at the bid's price (negotiable listings; LAO officer). */
export function acceptBid({ id }: { id: string; listingId: string }): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/bids/{id}/accept', { path: { id } });
}

export function useAcceptBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptBid,
    onSuccess: (_bid, { listingId }) => {
      void queryClient.invalidateQueries({ queryKey: listingQueryKey(listingId) });
      void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) });
    },
  });
}
