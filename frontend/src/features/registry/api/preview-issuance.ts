import { useMutation } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { IssuancePlan } from '../types';

import { toIssuanceRequestBody, type IssuanceInput } from './create-issuance';

/** Validates the issuance on the server and returns the blocks it would allocate; writes nothing. */
export function previewIssuance(input: IssuanceInput): Promise<IssuancePlan> {
  return apiRequest<IssuancePlan>('POST', '/api/v1/admin/issuances/preview', { body: toIssuanceRequestBody(input) });
}

export function usePreviewIssuance() {
  return useMutation({ mutationFn: previewIssuance });
}
