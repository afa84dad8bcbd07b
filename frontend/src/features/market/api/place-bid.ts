import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { Bid } from '../types';

import { listingBidsQueryKey } from './get-listing-bids';
import { listingQueryKey } from './get-listing';
import { myBidsQueryKey } from './get-my-bids';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** The bid form: whole credits, a THB price with at most 2 decimals. Messages are `validation.*` keys. */
export const bidInputSchema = z.object({
  quantity: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.regex(/^\d+$/, 'market.validation.wholeNumber'),
    z.refine((value) => Number(value) >= 1, 'market.validation.atLeastOne'),
  ),
  unitPrice: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.regex(MONEY, 'market.validation.money'),
    z.refine((value) => Number(value) > 0, 'market.validation.positive'),
  ),
});
export type BidInput = z.infer<typeof bidInputSchema>;

export type PlaceBidVariables = {
  listingId: string;
  quantity: number;
  unitPrice: string;
  /** One key per submit attempt, reused when the same attempt is retried. */
  idempotencyKey: string;
};

/** `POST /api/v1/listings/{id}/bids` with an `Idempotency-Key` (verified buyers). */
export function placeBid({ listingId, quantity, unitPrice, idempotencyKey }: PlaceBidVariables): Promise<Bid> {
  return apiRequest<Bid>('POST', '/api/v1/listings/{id}/bids', {
    path: { id: listingId },
    body: { quantity, unitPrice },
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function usePlaceBid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: placeBid,
    onSuccess: (_bid, { listingId }) => {
      void queryClient.invalidateQueries({ queryKey: listingQueryKey(listingId) });
      void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) });
      void queryClient.invalidateQueries({ queryKey: myBidsQueryKey });
    },
  });
}
