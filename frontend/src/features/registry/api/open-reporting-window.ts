import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { ReportingWindow, WindowBody } from '../types';

const date = () => z.string().check(z.trim(), z.minLength(1, 'required'), z.regex(/^\d{4}-\d{2}-\d{2}$/, 'date'));

/** A reporting window as typed; ISO dates compare as strings. Message codes are keys of `registry.validation.*`. */
export const WindowInputSchema = z
  .object({
    title: z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(200, 'tooLong')),
    periodStart: date(),
    periodEnd: date(),
    opensOn: date(),
    closesOn: date(),
  })
  .check(
    z.refine((w) => !w.periodStart || !w.periodEnd || w.periodEnd >= w.periodStart, {
      message: 'endBeforeStart',
      path: ['periodEnd'],
    }),
    z.refine((w) => !w.opensOn || !w.closesOn || w.closesOn >= w.opensOn, {
      message: 'endBeforeStart',
      path: ['closesOn'],
    }),
  );
export type WindowInput = z.input<typeof WindowInputSchema>;

export function openReportingWindow(input: WindowInput): Promise<ReportingWindow> {
  const body: WindowBody = {
    title: input.title.trim(),
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
  };
  return apiRequest<ReportingWindow>('POST', '/api/v1/admin/reporting-windows', { body });
}

export function useOpenReportingWindow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openReportingWindow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['registry', 'reporting-windows'] }),
  });
}
