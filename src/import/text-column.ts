/**
 * A column of text for many rows without one JS string per row: repeated values (agencies,
 * categories) are dictionary-coded, and a column whose distinct values pass
 * `DICTIONARY_LIMIT` (ids, titles) is packed as UTF-8 bytes with offsets. Both forms are typed
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

export interface TextColumnBuilder {
  push(text: string): void;
  finish(): TextColumn;
}

export function textColumnBuilder(): TextColumnBuilder {
  const encoder = new TextEncoder();
  let count = 0;
  let dictionary: Map<string, number> | null = new Map();
  const values: string[] = [];
  let codes = new Int32Array(1024);
  let offsets = new Uint32Array(1024);
  let bytes = new Uint8Array(16_384);

  /** Writes row `row`'s text after row `row - 1`'s. */
  const pushPacked = (row: number, text: string) => {
    const start = offsets[row];
    if (bytes.length < start + text.length * 3) bytes = grown(bytes, start + text.length * 3);
    const { written } = encoder.encodeInto(text, bytes.subarray(start));
    if (offsets.length < row + 2) offsets = grown(offsets, row + 2);
    offsets[row + 1] = start + written;
  };
  const switchToPacked = () => {
    for (let row = 0; row < count; row++) pushPacked(row, codes[row] < 0 ? '' : values[codes[row]]);
    dictionary = null;
  };

  return {
    push(text) {
      if (dictionary) {
        let code = text === '' ? -1 : dictionary.get(text);
        if (code === undefined && values.length >= DICTIONARY_LIMIT) switchToPacked();
        else {
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
      pushPacked(count, text);
      count++;
    },
    finish() {
      if (dictionary) return { codes: codes.slice(0, count), values };
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
