import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { myBidsQueryKey } from './get-my-bids';

/** `POST /api/v1/bids/{id}/withdraw` (the bid's buyer; an OPEN or COUNTERED negotiable bid). */
export function withdrawBid({ id }: { id: string }): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/bids/{id}/withdraw', { path: { id } });
}

export function useWithdrawBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawBid,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myBidsQueryKey }),
  });
}
