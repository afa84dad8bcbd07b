import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';

import type { OfficerAppointment, OfficerProposal } from '../types';

import { appointmentsQueryKey } from './get-province-appointments';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'required'), z.maxLength(max, 'tooLong'));

/** Messages are `validation.*` keys. */
export const officerProposalSchema = z.object({
  fullName: text(200),
  position: text(200),
  phone: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.refine((value) => value === '' || /^\+?\d[\d\s-]{7,18}\d$/.test(value), 'phone'),
  ),
  email: z.string().check(
    z.trim(),
    z.minLength(1, 'required'),
    z.maxLength(254, 'tooLong'),
    z.refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'email'),
  ),
});

/** `POST /api/v1/laos/{code}/officers`: proposes an officer; the provincial officer decides. */
export function proposeOfficer({
  laoCode,
  proposal,
}: {
  laoCode: string;
  proposal: OfficerProposal;
}): Promise<OfficerAppointment> {
  return apiRequest<OfficerAppointment>('POST', '/api/v1/laos/{code}/officers', {
    path: { code: laoCode },
    body: proposal,
  });
}

export function useProposeOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
