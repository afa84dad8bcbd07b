import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { listingBidsQueryKey } from './get-listing-bids';

/** `POST /api/v1/bids/{id}/counter` `{unitPrice}` → COUNTERED (negotiable listings; LAO officer). */
export function counterBid({ id, unitPrice }: { id: string; listingId: string; unitPrice: string }): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/bids/{id}/counter', { path: { id }, body: { unitPrice } });
}

export function useCounterBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: counterBid,
    onSuccess: (_bid, { listingId }) => void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) }),
  });
}
