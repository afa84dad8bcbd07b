import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { myBidsQueryKey } from './get-my-bids';

/** `POST /api/v1/bids/{id}/accept-counter` (the bid's buyer accepts the LAO's counter-offer: a trade). */
export function acceptCounter({ id }: { id: string }): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/bids/{id}/accept-counter', { path: { id } });
}

export function useAcceptCounter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptCounter,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: myBidsQueryKey }),
  });
}
