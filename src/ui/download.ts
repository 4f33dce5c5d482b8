/**
 * Hands an exported file to the user through the browser: a Blob URL clicked from a temporary
 * `<a download>` (the one download path of the app: images, ZIPs, CSV and GeoJSON), and whether
 * the clipboard can take an image. The URL is revoked a minute later (revoking at once can cancel
 * the download in some browsers).
 *
 * @example downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'atlas_zones_colombia_20260101.csv');
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Whether this browser can put a PNG on the clipboard. */
export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}
