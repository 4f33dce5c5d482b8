/**
 * A column of text for many rows without one JS string per row: repeated values (agencies,
 * categories) are dictionary-coded, and a column whose distinct values pass
 * `DICTIONARY_LIMIT`, or are most of its first thousand rows (ids, titles), is packed as UTF-8
 * bytes with offsets. Both forms are typed
 * arrays (plus a small string list), so they transfer from a worker without copying.
 *
 * @example
 * const builder = textColumnBuilder();
 * builder.push('ART'); builder.push(''); builder.push('ART');
 * const column = builder.finish();
 * textAt(column, 2) // => 'ART'
 */

export type TextColumn =
  /** `codes[i]` indexes `values`; -1 is empty. */
  | { codes: Int32Array; values: string[] }
  /** Row i is `bytes[offsets[i] … offsets[i + 1])`. */
  | { offsets: Uint32Array; bytes: Uint8Array };

export const DICTIONARY_LIMIT = 65_536;

const decoder = new TextDecoder();

/** Switch to packing when the dictionary is full, or when most values so far were new (ids, titles). */
function mostlyDistinct(distinct: number, rows: number): boolean {
  return distinct >= DICTIONARY_LIMIT || (rows >= 1024 && distinct * 2 > rows);
}

/** The text of row `index` ('' when empty). */
export function textAt(column: TextColumn, index: number): string {
  if ('codes' in column) {
    const code = column.codes[index];
    return code < 0 ? '' : column.values[code];
  }
  return decoder.decode(column.bytes.subarray(column.offsets[index], column.offsets[index + 1]));
}

/** The buffers of a column, for `postMessage(…, { transfer })`. */
export function textColumnBuffers(column: TextColumn): ArrayBuffer[] {
  return 'codes' in column
    ? [column.codes.buffer as ArrayBuffer]
    : [column.offsets.buffer as ArrayBuffer, column.bytes.buffer as ArrayBuffer];
}

interface TextColumnBuilder {
  push(text: string): void;
  finish(): TextColumn;
}

export function textColumnBuilder(): TextColumnBuilder {
  let count = 0;
  let dictionary: Map<string, number> | null = new Map();
  const values: string[] = [];
  let codes = new Int32Array(1024);
  const packed = packedWriter();

  return {
    push(text) {
      if (dictionary) {
        let code = text === '' ? -1 : dictionary.get(text);
        if (code === undefined && mostlyDistinct(values.length, count)) {
          for (let row = 0; row < count; row++) packed.push(codes[row] < 0 ? '' : values[codes[row]]);
          dictionary = null;
        } else {
          if (code === undefined) {
            code = values.length;
            values.push(text);
            dictionary.set(text, code);
          }
          if (codes.length <= count) codes = grown(codes, count + 1);
          codes[count++] = code;
          return;
        }
      }
      packed.push(text);
      count++;
    },
    finish() {
      return dictionary ? { codes: codes.slice(0, count), values } : packed.finish();
    },
  };
}

/**
 * Packs strings as UTF-8 a few thousand at a time: joined with NUL, encoded once, and split at
 * the NUL bytes into offsets (a NUL inside a value, never meaningful in imported text, is dropped).
 */
function packedWriter() {
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let count = 0;
  let offsets = new Uint32Array(1024);
  let bytes = new Uint8Array(65_536);
  const flush = () => {
    if (pending.length === 0) return;
    const joined = pending.map((text) => (text.includes('\0') ? text.replaceAll('\0', '') : text)).join('\0');
    const start = offsets[count];
    if (bytes.length < start + joined.length * 3) bytes = grown(bytes, start + joined.length * 3);
    if (offsets.length < count + pending.length + 1) offsets = grown(offsets, count + pending.length + 1);
    const stop = start + encoder.encodeInto(joined, bytes.subarray(start)).written;
    let write = start;
    for (let index = start; index < stop; index++) {
      const byte = bytes[index];
      if (byte === 0) offsets[++count] = write;
      else bytes[write++] = byte;
    }
    offsets[++count] = write;
    pending = [];
  };
  return {
    push(text: string) {
      pending.push(text);
      if (pending.length >= 4096) flush();
    },
    finish(): TextColumn {
      flush();
      return { offsets: offsets.slice(0, count + 1), bytes: bytes.slice(0, offsets[count]) };
    },
  };
}

type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array;

/** A copy of `array` with room for at least `needed` elements (doubling). */
export function grown<T extends TypedArray>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
