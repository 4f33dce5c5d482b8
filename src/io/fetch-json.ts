/**
 * The seam for reading shipped files: the app uses `fetch` against its own origin; tests use an
 * in-memory map. Errors name the file and the problem.
 */
export type JsonFetcher = (path: string) => Promise<unknown>;

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DataFileError';
  }
}

/** Fetches `geo/<path>` relative to the page. Never leaves the origin. */
export function createHttpFetcher(base = new URL('geo/', document.baseURI)): JsonFetcher {
  return async (path) => {
    const url = new URL(path, base);
    if (url.origin !== base.origin)
      throw new DataFileError(path, 'refusing to load a file from another origin');
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new DataFileError(path, `could not be read (${String(error)})`);
    }
    if (!response.ok) throw new DataFileError(path, `HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html'))
      throw new DataFileError(path, 'missing (the server answered with a web page)');
    try {
      return await response.json();
    } catch {
      throw new DataFileError(path, 'is not valid JSON');
    }
  };
}

/** An in-memory fetcher for tests. */
export function createMemoryFetcher(files: Record<string, unknown>): JsonFetcher {
  return async (path) => {
    if (!(path in files)) throw new DataFileError(path, 'HTTP 404');
    return structuredClone(files[path]);
  };
}
