import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { OfficerAppointment } from '../types';

import { appointmentsQueryKey } from './get-province-appointments';

/**
 * `POST /api/v1/officers/{id}/approve` and `POST /api/v1/officers/{id}/reject {reason}` (provincial officer of
 * the LAO's province): the two answers to one proposal, kept together.
 */
export function approveAppointment({ id }: { id: string }): Promise<OfficerAppointment> {
  return apiRequest<OfficerAppointment>('POST', '/api/v1/officers/{id}/approve', { path: { id } });
}

export function rejectAppointment({ id, reason }: { id: string; reason: string }): Promise<OfficerAppointment> {
  return apiRequest<OfficerAppointment>('POST', '/api/v1/officers/{id}/reject', { path: { id }, body: { reason } });
}

export type AppointmentDecision = { id: string; decision: 'approve' } | { id: string; decision: 'reject'; reason: string };

export function decideAppointment(input: AppointmentDecision): Promise<OfficerAppointment> {
  return input.decision === 'approve' ? approveAppointment(input) : rejectAppointment(input);
}

export function useDecideAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideAppointment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
