import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet, buildUrl } from '@/lib/api-client';

/** `GET /api/v1/retirements/{certificateNo}` (public verification). */
export function getCertificateQueryOptions(certificateNo: string) {
  return queryOptions({
    queryKey: ['settlement', 'certificate', certificateNo] as const,
    queryFn: ({ signal }) => apiGet('/api/v1/retirements/{certificateNo}', { path: { certificateNo }, signal }),
  });
}

export function useCertificate(certificateNo: string) {
  return useQuery(getCertificateQueryOptions(certificateNo));
}

/** The public PDF (a plain link works: no token needed). */
export function certificatePdfHref(certificateNo: string): string {
  return buildUrl('/api/v1/retirements/{certificateNo}/certificate.pdf', { certificateNo });
}
