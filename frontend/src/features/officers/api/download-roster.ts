import { useMutation } from '@tanstack/react-query';

import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/**
 * `GET /api/v1/provinces/{code}/officer-roster?format=csv`: the province's roster as DLA's form (UTF-8 with BOM,
 * so Excel shows Thai), fetched with the access token and handed to the browser.
 */
export async function downloadRoster(provinceCode: string) {
  const file = await apiDownload('/api/v1/provinces/{code}/officer-roster', {
    path: { code: provinceCode },
    query: { format: 'csv' },
  });
  saveFile(file.blob, file.fileName ?? `officer-roster-${provinceCode}.csv`);
}

export function useDownloadRoster() {
  return useMutation({ mutationFn: downloadRoster });
}
