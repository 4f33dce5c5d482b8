/**
 * Which text encoding a file uses, from a sample of its first bytes: a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE, as Excel's "Unicode text" export writes); otherwise valid UTF-8 is UTF-8
 * and anything else is Windows-1252, the superset of Latin-1 that Spanish-locale Excel writes
 * ("Cáceres" as the single byte 0xE1). Pure ASCII is reported as UTF-8 (it reads the same).
 */

type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingDetection {
  encoding: TextEncodingName;
  /** The file starts with a byte-order mark (skipped when decoding). */
  bom: boolean;
  /** Length of the byte-order mark in bytes (0, 2 or 3). */
  bomBytes: number;
}

/**
 * @example
 * detectEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61)) // => { encoding: 'utf-8', bom: true, bomBytes: 3 }
 * detectEncoding(Uint8Array.of(0x43, 0xe1, 0x63)) // => { encoding: 'windows-1252', bom: false, bomBytes: 0 }
 */
export function detectEncoding(sample: Uint8Array): EncodingDetection {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: 'utf-8', bom: true, bomBytes: 3 };
  }
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true, bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true, bomBytes: 2 };
  return { encoding: isUtf8(sample) ? 'utf-8' : 'windows-1252', bom: false, bomBytes: 0 };
}

/** True when the bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed). */
function isUtf8(sample: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}
