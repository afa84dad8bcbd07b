import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { AppointmentStatus, OfficerAppointment } from '../types';

/** `GET /api/v1/provinces/{code}/officer-appointments?status=` (provincial officer of that province, DLA admin). */
export function getProvinceAppointments(
  provinceCode: string,
  status: AppointmentStatus | undefined,
  { signal }: { signal?: AbortSignal } = {},
): Promise<OfficerAppointment[]> {
  return apiRequest<OfficerAppointment[]>('GET', '/api/v1/provinces/{code}/officer-appointments', {
    path: { code: provinceCode },
    query: { status },
    signal,
  });
}

export const appointmentsQueryKey = ['officers', 'appointments'] as const;

export function getProvinceAppointmentsQueryOptions(provinceCode: string, status: AppointmentStatus | undefined) {
  return queryOptions({
    queryKey: [...appointmentsQueryKey, 'province', provinceCode, status ?? 'ALL'] as const,
    queryFn: ({ signal }) => getProvinceAppointments(provinceCode, status, { signal }),
    staleTime: 10_000,
  });
}

export function useProvinceAppointments(provinceCode: string, status: AppointmentStatus | undefined) {
  return useQuery(getProvinceAppointmentsQueryOptions(provinceCode, status));
}
