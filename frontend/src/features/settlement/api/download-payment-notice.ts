import { useMutation } from '@tanstack/react-query';

import { apiDownload } from '@/lib/api-client';
import { saveFile } from '@/lib/save-file';

/** `GET /api/v1/trades/{id}/payment-notice.pdf` (the two parties; fetched with the token, then saved). */
export async function downloadPaymentNotice({ id }: { id: string }): Promise<void> {
  const file = await apiDownload('/api/v1/trades/{id}/payment-notice.pdf', { path: { id } });
  saveFile(file.blob, file.fileName ?? `payment-notice-${id}.pdf`);
}

export function useDownloadPaymentNotice() {
  return useMutation({ mutationFn: downloadPaymentNotice });
}
