import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { OfficerAppointment } from '../types';

import { appointmentsQueryKey } from './get-province-appointments';

/** `GET /api/v1/laos/{code}/officers` (officer of that LAO, DLA admin): the LAO's appointments. */
export function getLaoOfficers(laoCode: string, { signal }: { signal?: AbortSignal } = {}): Promise<OfficerAppointment[]> {
  return apiRequest<OfficerAppointment[]>('GET', '/api/v1/laos/{code}/officers', { path: { code: laoCode }, signal });
}

export function getLaoOfficersQueryOptions(laoCode: string) {
  return queryOptions({
    queryKey: [...appointmentsQueryKey, 'lao', laoCode] as const,
    queryFn: ({ signal }) => getLaoOfficers(laoCode, { signal }),
    staleTime: 10_000,
  });
}

export function useLaoOfficers(laoCode: string) {
  return useQuery(getLaoOfficersQueryOptions(laoCode));
}
