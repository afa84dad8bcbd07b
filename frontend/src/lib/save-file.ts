/** Hands a downloaded Blob to the browser as a file download. */
export function saveFile(blob: Blob, fileName: string) {
  if (typeof URL.createObjectURL !== 'function') return; // not a browser (tests)
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
