import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { Issuance, IssuanceBody } from '../types';

const WHOLE = /^\d+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (message = 'required') => z.string().check(z.trim(), z.minLength(1, message));
const whole = () => z.string().check(z.trim(), z.minLength(1, 'required'), z.regex(WHOLE, 'wholeNumber'));

export const AllocationRowSchema = z.object({
  laoCode: z.string().check(z.trim(), z.minLength(1, 'required'), z.regex(/^\d{7}$/, 'laoCode')),
  quantity: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.regex(WHOLE, 'wholeNumber'),
    z.refine((value) => !WHOLE.test(value) || Number(value) > 0, 'positive'),
  ),
});

/**
 * The issuance form as typed (strings), checked before it is sent. Message codes are keys of
 * `registry.validation.*`; the server checks everything again (LAO codes exist, sums, overlaps).
 */
export const IssuanceInputSchema = z
  .object({
    projectCode: text(),
    vintage: z.string().check(z.trim(), z.minLength(1, 'required'), z.regex(/^\d{4}$/, 'year')),
    serialFirst: whole().check(z.refine((value) => !WHOLE.test(value) || Number(value) > 0, 'positive')),
    serialLast: whole(),
    tgoReference: text(),
    issuedOn: z.string().check(z.trim(), z.minLength(1, 'required'), z.regex(DATE, 'date')),
    allocation: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('rows'), rows: z.array(AllocationRowSchema).check(z.minLength(1, 'noRows')) }),
      z.object({ mode: z.literal('csv'), file: z.nullable(z.custom<File>()).check(z.refine((f) => f !== null, 'noFile')) }),
    ]),
  })
  .check(
    z.refine(
      (input) =>
        !WHOLE.test(input.serialFirst) || !WHOLE.test(input.serialLast) || Number(input.serialLast) >= Number(input.serialFirst),
      { message: 'lastBeforeFirst', path: ['serialLast'] },
    ),
  );

export type IssuanceInput = z.input<typeof IssuanceInputSchema>;
export type AllocationRowInput = z.input<typeof AllocationRowSchema>;

/** The issuance's quantity from its serial range (inclusive), or null while the range is incomplete. */
export function issuanceQuantity(serialFirst: string, serialLast: string): number | null {
  if (!WHOLE.test(serialFirst.trim()) || !WHOLE.test(serialLast.trim())) return null;
  const quantity = Number(serialLast) - Number(serialFirst) + 1;
  return quantity > 0 ? quantity : null;
}

/** The sum of the rows' quantities (rows without a whole number count as 0). */
export function allocatedQuantity(rows: readonly AllocationRowInput[]): number {
  return rows.reduce((sum, row) => sum + (WHOLE.test(row.quantity.trim()) ? Number(row.quantity) : 0), 0);
}

/** JSON for the rows variant, a multipart form for the CSV variant (docs/api.md "Registry administration"). */
export function toIssuanceRequestBody(input: IssuanceInput): IssuanceBody | FormData {
  const fields = {
    projectCode: input.projectCode.trim(),
    vintage: input.vintage.trim(),
    serialFirst: input.serialFirst.trim(),
    serialLast: input.serialLast.trim(),
    tgoReference: input.tgoReference.trim(),
    issuedOn: input.issuedOn.trim(),
  };
  if (input.allocation.mode === 'csv') {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (input.allocation.file) form.append('file', input.allocation.file, input.allocation.file.name);
    return form;
  }
  return {
    ...fields,
    vintage: Number(fields.vintage),
    serialFirst: Number(fields.serialFirst),
    serialLast: Number(fields.serialLast),
    allocations: input.allocation.rows.map((row) => ({ laoCode: row.laoCode.trim(), quantity: Number(row.quantity) })),
  };
}

export function createIssuance(input: IssuanceInput): Promise<Issuance> {
  return apiRequest<Issuance>('POST', '/api/v1/admin/issuances', { body: toIssuanceRequestBody(input) });
}

export function useCreateIssuance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIssuance,
    onSuccess: async (issuance) => {
      queryClient.setQueryData(['registry', 'issuances', 'detail', issuance.id], issuance);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'issuances', 'list'] });
    },
  });
}
