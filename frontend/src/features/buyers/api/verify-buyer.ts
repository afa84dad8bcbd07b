import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { BuyerOrganisation } from '../types';

import { buyerDetailQueryKey } from './get-buyer';
import { buyerListQueryKey } from './get-buyers';

/** `POST /api/v1/admin/buyers/{id}/verify` (DLA admin). */
export function verifyBuyer({ id }: { id: string }): Promise<BuyerOrganisation> {
  return apiRequest<BuyerOrganisation>('POST', '/api/v1/admin/buyers/{id}/verify', { path: { id } });
}

export function useVerifyBuyer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyBuyer,
    onSuccess: (buyer) => {
      queryClient.setQueryData(buyerDetailQueryKey(buyer.id), buyer);
      void queryClient.invalidateQueries({ queryKey: buyerListQueryKey });
    },
  });
}
