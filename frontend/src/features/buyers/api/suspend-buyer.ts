import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

import { buyerDetailQueryKey } from './get-buyer';
import { buyerListQueryKey } from './get-buyers';

/** `POST /api/v1/admin/buyers/{id}/suspend` (DLA admin). */
export function suspendBuyer({ id, reason }: { id: string; reason: string }): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('POST', '/api/v1/admin/buyers/{id}/suspend', { path: { id }, body: { reason } });
}

export function useSuspendBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: suspendBuyer,
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerDetailQueryKey(buyer.id), buyer);
      void queryClient.invalidateQueries({ queryKey: buyerListQueryKey });
    },
  });
}
