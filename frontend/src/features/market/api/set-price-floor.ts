import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { MarketStatus } from '../types';

import { marketStatusQueryKey } from './get-market-status';

/** `PUT /api/v1/admin/market/price-floors/{projectCode}` `{minUnitPrice}`. */
export function setPriceFloor({ projectCode, minUnitPrice }: { projectCode: string; minUnitPrice: string }): Promise<MarketStatus> {
  return apiRequest<MarketStatus>('PUT', '/api/v1/admin/market/price-floors/{projectCode}', {
    path: { projectCode },
    body: { minUnitPrice },
  });
}

export function useSetPriceFloor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPriceFloor,
    onSuccess: (status) => queryClient.setQueryData(marketStatusQueryKey, status),
  });
}
