import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Trade } from '../types';

import { tradesQueryKey } from './get-my-trades';

/** `POST /api/v1/trades/{id}/confirm-payment` `{receiptNo}` (an officer of the LAO) → PAYMENT_CONFIRMED. */
export function confirmPayment({ id, receiptNo }: { id: string; receiptNo: string }): Promise<Trade> {
  return apiRequest<Trade>('POST', '/api/v1/trades/{id}/confirm-payment', { path: { id }, body: { receiptNo: receiptNo.trim() } });
}

export function useConfirmPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPayment,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tradesQueryKey }),
  });
}
