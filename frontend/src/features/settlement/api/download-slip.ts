import { useMutation } from '@tanstack/react-query';

import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/** `GET /api/v1/trades/{id}/slip`: the payment slip the buyer uploaded (the two parties; fetched with the token). */
export async function downloadSlip({ id }: { id: string }): Promise<void> {
  const file = await apiDownload('/api/v1/trades/{id}/slip', { path: { id } });
  saveFile(file.blob, file.fileName ?? `payment-slip-${id}`);
}

export function useDownloadSlip() {
  return useMutation({ mutationFn: downloadSlip });
}
