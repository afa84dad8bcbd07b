import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Trade } from '../types';

import { tradesQueryKey } from './get-my-trades';

/** `POST /api/v1/trades/{id}/cancel` `{reason}`: either party, before the payment is confirmed → CANCELLED. */
export function cancelTrade({ id, reason }: { id: string; reason: string }): Promise<Trade> {
  return apiRequest<Trade>('POST', '/api/v1/trades/{id}/cancel', { path: { id }, body: { reason: reason.trim() } });
}

export function useCancelTrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelTrade,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tradesQueryKey }),
  });
}
