/**
 * A short stable signature of a file's headers, so the UI can remember the mapping a user chose
 * and offer it again for the next file with the same columns (the monthly export of the same
 * form). Order-insensitive; header text compared exactly after trimming, since a mapping names
 * columns by their text.
 *
 * @example
 * headerSignature(['ID', 'Latitud', 'Longitud']) === headerSignature(['Longitud', 'ID', 'Latitud']) // => true
 * headerSignature(['ID']) // => 'h-…' (8 hex digits)
 */
export function headerSignature(headers: readonly string[]): string {
  const text = [...headers]
    .map((header) => header.trim())
    .sort()
    .join('\u001f');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h-${hash.toString(16).padStart(8, '0')}-${headers.length}`;
}
