import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { DraftListingInput, Listing } from '../types';

import { laoListingsQueryKey } from './get-lao-listings';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;
const whole = z.string().check(
  z.trim(),
  z.minLength(1, 'required'),
  z.regex(/^\d+$/, 'market.validation.wholeNumber'),
  z.refine((value) => Number(value) >= 1, 'market.validation.atLeastOne'),
);
const optionalMoney = z.string().check(z.trim(), z.refine((v) => v === '' || (MONEY.test(v) && Number(v) > 0), 'market.validation.money'));

/** The draft form (strings as typed); the fields an auction needs are checked by mode. */
export const draftListingSchema = z
  .object({
    mode: z.enum(['FIXED_PRICE', 'NEGOTIABLE', 'AUCTION']),
    quantity: whole,
    unitPrice: optionalMoney,
    minLot: whole,
    vintage: z.string().check(z.refine((v) => v === '' || (/^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2100), 'market.validation.vintage')),
    endsAt: z.string(),
    reservePrice: optionalMoney,
    minIncrement: optionalMoney,
    description: z.string().check(z.maxLength(2000, 'tooLong')),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (/^\d+$/.test(value.minLot) && /^\d+$/.test(value.quantity) && Number(value.minLot) > Number(value.quantity)) {
        ctx.issues.push({ code: 'custom', input: value.minLot, path: ['minLot'], message: 'market.validation.minLotTooLarge' });
      }
      if (value.endsAt && !(new Date(value.endsAt).getTime() > Date.now())) {
        ctx.issues.push({ code: 'custom', input: value.endsAt, path: ['endsAt'], message: 'market.validation.future' });
      }
      if (value.mode !== 'AUCTION' && !value.unitPrice) {
        ctx.issues.push({ code: 'custom', input: '', path: ['unitPrice'], message: 'required' });
      }
      if (value.mode === 'AUCTION') {
        for (const field of ['endsAt', 'reservePrice', 'minIncrement'] as const) {
          if (!value[field]) ctx.issues.push({ code: 'custom', input: '', path: [field], message: 'required' });
        }
      }
    }),
  );
export type DraftListingForm = z.infer<typeof draftListingSchema>;

/** Form strings → the request: fields of other modes are left out. `endsAt` is local (Bangkok) time from the input. */
export function toDraftListing(laoCode: string, form: DraftListingForm): DraftListingInput {
  const auction = form.mode === 'AUCTION';
  return {
    laoCode,
    mode: form.mode,
    quantity: Number(form.quantity),
    unitPrice: auction ? form.reservePrice || form.unitPrice : form.unitPrice,
    minLot: Number(form.minLot),
    ...(form.vintage ? { vintage: Number(form.vintage) } : {}),
    ...(form.endsAt ? { endsAt: new Date(form.endsAt).toISOString() } : {}),
    ...(auction ? { reservePrice: form.reservePrice, minIncrement: form.minIncrement } : {}),
    ...(form.description.trim() ? { description: form.description.trim() } : {}),
  };
}

/** `POST /api/v1/listings` → 201 DRAFT (an officer of that LAO). */
export function draftListing(input: DraftListingInput): Promise<Listing> {
  return apiRequest<Listing>('POST', '/api/v1/listings', { body: input });
}

export function useDraftListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: draftListing,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: laoListingsQueryKey }),
  });
}
