import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

import { buyerDetailQueryKey } from './get-buyer';
import { buyerListQueryKey } from './get-buyers';

/** `POST /api/v1/admin/buyers/{id}/reject` (DLA admin). */
export function rejectBuyer({ id, reason }: { id: string; reason: string }): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('POST', '/api/v1/admin/buyers/{id}/reject', { path: { id }, body: { reason } });
}

export function useRejectBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectBuyer,
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerDetailQueryKey(buyer.id), buyer);
      void queryClient.invalidateQueries({ queryKey: buyerListQueryKey });
    },
  });
}
