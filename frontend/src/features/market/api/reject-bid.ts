import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { listingBidsQueryKey } from './get-listing-bids';
import { listingQueryKey } from './get-listing';

/** `POST /api/v1/bids/{id}/reject` → REJECTED (LAO officer). */
export function rejectBid({ id }: { id: string; listingId: string }): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/bids/{id}/reject', { path: { id } });
}

export function useRejectBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectBid,
    onSuccess: (_bid, { listingId }) => {
      void queryClient.invalidateQueries({ queryKey: listingQueryKey(listingId) });
      void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) });
    },
  });
}
