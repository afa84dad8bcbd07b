import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { MarketStatus } from '../types';

import { marketStatusQueryKey } from './get-market-status';

/** `POST /api/v1/admin/market/unfreeze`: trading resumes. */
export function unfreezeMarket(): Promise<MarketStatus> {
  return apiRequest<MarketStatus>('POST', '/api/v1/admin/market/unfreeze');
}

export function useUnfreezeMarket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unfreezeMarket,
    onSuccess: (status) => queryClient.setQueryData(marketStatusQueryKey, status),
  });
}
