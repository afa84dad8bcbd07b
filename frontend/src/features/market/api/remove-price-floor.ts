import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { MarketStatus } from '../types';

import { marketStatusQueryKey } from './get-market-status';

/** `DELETE /api/v1/admin/market/price-floors/{projectCode}`. */
export function removePriceFloor({ projectCode }: { projectCode: string }): Promise<MarketStatus> {
  return apiRequest<MarketStatus>('DELETE', '/api/v1/admin/market/price-floors/{projectCode}', { path: { projectCode } });
}

export function useRemovePriceFloor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePriceFloor,
    onSuccess: (status) => queryClient.setQueryData(marketStatusQueryKey, status),
  });
}
