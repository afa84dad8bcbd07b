import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { Trade } from '../types';

import { tradesQueryKey } from './get-my-trades';
import { bangkokNoon } from './report-payment';

/** `POST /api/v1/trades/{id}/registry-transfer` `{tgoReference, transferredAt}` (an officer of the LAO) → SETTLED. */
export function recordTransfer({ id, tgoReference, transferredOn }: { id: string; tgoReference: string; transferredOn: string }) {
  return apiRequest<Trade>('POST', '/api/v1/trades/{id}/registry-transfer', {
    path: { id },
    body: { tgoReference: tgoReference.trim(), transferredAt: bangkokNoon(transferredOn) },
  });
}

export function useRecordTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordTransfer,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tradesQueryKey }),
  });
}
