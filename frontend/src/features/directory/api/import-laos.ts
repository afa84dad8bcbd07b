import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

export type ImportReport = components['schemas']['ImportReport'];

/** `POST /api/v1/admin/directory/laos/import` (DLA admin): DLA's open-data LAO file as the multipart part `file`. */
export function importLaos({ file }: { file: File }): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiRequest<ImportReport>('POST', '/api/v1/admin/directory/laos/import', { body });
}

export function useImportLaos() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLaos,
    // names, types and districts may have changed: every directory answer is read again
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['directory'] }),
  });
}
