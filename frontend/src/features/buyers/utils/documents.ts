/** Supporting documents of a registration: the same limits as the server (which also sniffs the content). */
export const MAX_DOCUMENTS = 5;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

export type DocumentRejection = { fileName: string; reason: 'type' | 'size' | 'count' | 'duplicate' };

/** Adds `incoming` to `current` while the limits allow; returns what was kept and what was refused and why. */
export function addDocuments(current: readonly File[], incoming: readonly File[]) {
  const kept = [...current];
  const rejected: DocumentRejection[] = [];
  for (const file of incoming) {
    const typeOk = TYPES.has(file.type) || (file.type === '' && EXTENSIONS.test(file.name));
    if (!typeOk) rejected.push({ fileName: file.name, reason: 'type' });
    else if (file.size > MAX_DOCUMENT_BYTES) rejected.push({ fileName: file.name, reason: 'size' });
    else if (kept.some((other) => other.name === file.name && other.size === file.size)) {
      rejected.push({ fileName: file.name, reason: 'duplicate' });
    } else if (kept.length >= MAX_DOCUMENTS) rejected.push({ fileName: file.name, reason: 'count' });
    else kept.push(file);
  }
  return { kept, rejected };
}
