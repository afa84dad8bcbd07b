import { useMutation } from '@tanstack/react-query';

import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

import type { BuyerDocument } from '../types';

/**
 * `GET /api/v1/admin/buyers/{id}/documents/{documentId}` (DLA admin): the file, fetched with the access token
 * (a plain link could not send it) and handed to the browser.
 */
export async function downloadBuyerDocument({ buyerId, document }: { buyerId: string; document: BuyerDocument }) {
  const file = await apiDownload('/api/v1/admin/buyers/{id}/documents/{documentId}', {
    path: { id: buyerId, documentId: document.id },
  });
  saveFile(file.blob, file.fileName ?? document.fileName);
}

export function useDownloadBuyerDocument() {
  return useMutation({ mutationFn: downloadBuyerDocument });
}
