import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { Certificate } from '../types';

import { holdingsQueryKey } from './get-my-holdings';
import { retirementsQueryKey } from './get-my-retirements';

export const retireSchema = z.object({
  quantity: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.regex(/^\d+$/, 'market.validation.wholeNumber'),
    z.refine((value) => Number(value) >= 1, 'market.validation.atLeastOne'),
  ),
  vintage: z.string(),
  beneficiary: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'tooLong')),
  purpose: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(500, 'tooLong')),
});
export type RetireInput = z.infer<typeof retireSchema>;

/** `POST /api/v1/retirements` `{quantity, vintage?, beneficiary, purpose}` → 201 the certificate. */
export function retire(input: RetireInput): Promise<Certificate> {
  return apiRequest<Certificate>('POST', '/api/v1/retirements', {
    body: {
      quantity: Number(input.quantity),
      ...(input.vintage ? { vintage: Number(input.vintage) } : {}),
      beneficiary: input.beneficiary.trim(),
      purpose: input.purpose.trim(),
    },
  });
}

export function useRetire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retire,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: holdingsQueryKey });
      void queryClient.invalidateQueries({ queryKey: retirementsQueryKey });
    },
  });
}
