/**
 * Reads the header of a dBASE (.dbf) attribute table: record count, field names, and whether the
 * file is as long as its header says. A shapefile's attributes are useless when the .dbf is cut
 * short (an interrupted download or copy), and the reader we use then returns empty records
 * without complaint, so the build checks this first and says "unreadable .dbf".
 */

export interface DbfHeader {
  recordCount: number;
  fields: string[];
}

/**
 * Returns the header, or a `problem` saying why the bytes are not a complete .dbf.
 *
 * @example
 * readDbfHeader(bytes) // => { recordCount: 1122, fields: ['DPTO_CCDGO', 'MPIO_CCDGO', …] }
 * readDbfHeader(bytes.subarray(0, 1000)) // => { problem: 'truncated: its header announces 1122 records …' }
 */
export function readDbfHeader(bytes: Uint8Array): DbfHeader | { problem: string } {
  if (bytes.length < 32) return { problem: `too short for a .dbf header (${bytes.length} bytes)` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || recordLength < 1) return { problem: 'not a dBASE table (bad header lengths)' };
  const expected = headerLength + recordCount * recordLength;
  if (bytes.length < expected) {
    return {
      problem: `truncated: its header announces ${recordCount} records of ${recordLength} bytes (${expected} bytes), the file holds ${bytes.length}`,
    };
  }
  const fields: string[] = [];
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== 0x0d; offset += 32) {
    const raw = bytes.subarray(offset, offset + 11);
    const end = raw.indexOf(0);
    fields.push(new TextDecoder('latin1').decode(end === -1 ? raw : raw.subarray(0, end)).trim());
  }
  return { recordCount, fields };
}
