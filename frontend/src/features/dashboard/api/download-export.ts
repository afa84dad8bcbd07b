import { useMutation } from '@tanstack/react-query';

import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

import type { ExportFilters, ExportFormat, ExportKind } from './types';

export type ExportInput = { kind: ExportKind; format: ExportFormat; filters: ExportFilters };

/**
 * `GET /api/v1/exports/{listings|trades|retirements}?format=&province=&lao=&from=&to=`: what the caller may see
 * (anonymised when public). Sent with the access token when signed in, so a buyer or officer gets its own rows.
 */
export async function downloadExport({ kind, format, filters }: ExportInput) {
  const file = await apiDownload('/api/v1/exports/{kind}', {
    path: { kind },
    query: { format, province: filters.province, lao: filters.lao, from: filters.from, to: filters.to },
  });
  saveFile(file.blob, file.fileName ?? `${kind}.${format}`);
}

export function useDownloadExport() {
  return useMutation({ mutationFn: downloadExport });
}
