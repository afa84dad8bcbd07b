import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { Trade } from '../types';

import { tradesQueryKey } from './get-my-trades';

export const SLIP_MAX_BYTES = 5 * 1024 * 1024;
const SLIP_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** The buyer's payment report: the transfer reference, the date paid (not in the future), an optional slip. */
export const paymentReportSchema = z.object({
  reference: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(100, 'tooLong')),
  paidOn: z.string().check(
    z.minLength(1, 'required'),
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'market.validation.date'),
    z.refine((value) => value <= bangkokToday(), 'market.validation.notFuture'),
  ),
  slip: z.optional(
    z.custom<File>().check(
      z.refine((file) => !file || SLIP_TYPES.includes(file.type), 'settlement.validation.slipType'),
      z.refine((file) => !file || file.size <= SLIP_MAX_BYTES, 'settlement.validation.slipSize'),
    ),
  ),
});
export type PaymentReportInput = z.infer<typeof paymentReportSchema>;

/** Today's date in Bangkok (`yyyy-MM-dd`), the latest date a payment or transfer may carry. */
export function bangkokToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}

/**
 * A date the person picked (Bangkok) → an instant on that day: now for today (the server refuses instants in the
 * future), noon Bangkok time for an earlier day.
 */
export function bangkokNoon(date: string, now: Date = new Date()): string {
  return date === bangkokToday(now) ? now.toISOString() : `${date}T12:00:00+07:00`;
}

/** `POST /api/v1/trades/{id}/payment`: JSON, or multipart (`payment` JSON + `slip`) when a slip is attached. */
export function reportPayment({ id, reference, paidOn, slip }: PaymentReportInput & { id: string }): Promise<Trade> {
  const payment = { reference: reference.trim(), paidAt: bangkokNoon(paidOn) };
  if (!slip) return apiRequest<Trade>('POST', '/api/v1/trades/{id}/payment', { path: { id }, body: payment });
  const form = new FormData();
  form.append('payment', new Blob([JSON.stringify(payment)], { type: 'application/json' }));
  form.append('slip', slip, slip.name);
  return apiRequest<Trade>('POST', '/api/v1/trades/{id}/payment', { path: { id }, body: form });
}

export function useReportPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reportPayment,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tradesQueryKey }),
  });
}
