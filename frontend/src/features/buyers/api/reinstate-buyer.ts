import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

import { buyerDetailQueryKey } from './get-buyer';
import { buyerListQueryKey } from './get-buyers';

/** `POST /api/v1/admin/buyers/{id}/reinstate` (DLA admin). */
export function reinstateBuyer({ id }: { id: string }): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('POST', '/api/v1/admin/buyers/{id}/reinstate', { path: { id } });
}

export function useReinstateBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reinstateBuyer,
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerDetailQueryKey(buyer.id), buyer);
      void queryClient.invalidateQueries({ queryKey: buyerListQueryKey });
    },
  });
}
