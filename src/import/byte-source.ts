/**
 * The seam between the pipeline and where bytes come from: a `File`/`Blob` in the page's worker,
 * a file handle in node, a buffer in tests. Readers ask for byte ranges, so a 200 MB CSV is never
 * held whole: it is read in chunks.
 *
 * @example
 * const source = byteSourceFromBlob(file); // in the worker
 * for await (const chunk of readChunks(source)) decoder.decode(chunk, { stream: true });
 */

export interface ByteSource {
  /** File name as the user knows it (for messages and format detection). */
  name: string;
  size: number;
  /** Bytes [start, end); may return fewer at the end of the file. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** Chunk size used when streaming text formats. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** @example byteSourceFromBytes('a.csv', new TextEncoder().encode('x;y')).size // => 3 */
export function byteSourceFromBytes(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: async (start, end) => bytes.subarray(start, Math.min(end, bytes.length)),
  };
}

/**
 * A `File` or `Blob` (worker or page); `name` defaults to the File's own name. Each read first
 * yields to the event loop, so a worker handles its messages (a cancel) between chunks.
 */
export function byteSourceFromBlob(blob: Blob, name = (blob as File).name ?? 'file'): ByteSource {
  return {
    name,
    size: blob.size,
    read: async (start, end) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return new Uint8Array(await blob.slice(start, end).arrayBuffer());
    },
  };
}

/** The whole content (for formats that must be parsed whole: XLSX, zips, XML, JSON). */
export function readAll(source: ByteSource): Promise<Uint8Array> {
  return source.read(0, source.size);
}

/** Successive chunks from `start` to the end of the source. */
export async function* readChunks(
  source: ByteSource,
  options: { start?: number; chunkBytes?: number } = {},
): AsyncGenerator<Uint8Array> {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  for (let offset = options.start ?? 0; offset < source.size; offset += chunkBytes) {
    yield await source.read(offset, Math.min(source.size, offset + chunkBytes));
  }
}
