import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { MarketStatus } from '../types';

import { marketStatusQueryKey } from './get-market-status';

/** `POST /api/v1/admin/market/freeze` `{reason}`: listing and bid writes are refused until unfrozen. */
export function freezeMarket({ reason }: { reason: string }): Promise<MarketStatus> {
  return apiRequest<MarketStatus>('POST', '/api/v1/admin/market/freeze', { body: reason ? { reason } : {} });
}

export function useFreezeMarket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: freezeMarket,
    onSuccess: (status) => queryClient.setQueryData(marketStatusQueryKey, status),
  });
}
