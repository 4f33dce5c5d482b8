import { inflateSync } from 'node:zlib';

/**
 * The text a PDF holds: its uncompressed content plus every Flate stream inflated, so a test can
 * look for a text-showing operator such as `(Leyenda) Tj`.
 */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts = [raw];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (const match of raw.matchAll(streams)) {
    try {
      parts.push(inflateSync(Buffer.from(match[1], 'latin1')).toString('latin1'));
    } catch {
      // not a Flate stream (e.g. the embedded image)
    }
  }
  return parts.join('\n');
}
