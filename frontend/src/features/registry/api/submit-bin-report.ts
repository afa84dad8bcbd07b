import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { BinReport } from '../types';

const count = () =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.regex(/^\d+$/, 'wholeNumber'),
    z.refine((value) => !/^\d+$/.test(value) || Number(value) <= 100_000_000, 'tooLarge'),
  );

/** Households taking part and bins in use, as typed; message codes are keys of `registry.validation.*`. */
export const BinReportInputSchema = z.object({ households: count(), bins: count() });
export type BinReportInput = z.input<typeof BinReportInputSchema>;

export function submitBinReport(code: string, input: BinReportInput): Promise<BinReport> {
  return apiRequest<BinReport>('POST', '/api/v1/laos/{code}/bin-reports', {
    path: { code },
    body: { households: Number(input.households.trim()), bins: Number(input.bins.trim()) },
  });
}

export function useSubmitBinReport(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BinReportInput) => submitBinReport(code, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['registry', 'laos', code, 'bin-reports'] }),
        queryClient.invalidateQueries({ queryKey: ['registry', 'laos', code, 'credit-summary'] }),
      ]),
  });
}
