/**
 * A minimal static file server for the browser benchmark: `/` serves the app folder, `/bare/` the
 * bare MapLibre baseline. Unknown paths answer 404 (unlike `vite preview`, which answers
 * index.html), and nothing is cached, so every page load fetches what a first visit would.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.bin': 'application/octet-stream',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.fgb': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * @example
 * const server = await serveStatic({ '/': 'bench-data/app-100000', '/bare/': 'bench-data/bare' });
 * // server.url → 'http://127.0.0.1:40123/'
 */
export async function serveStatic(roots: Record<string, string>): Promise<StaticServer> {
  const prefixes = Object.keys(roots).sort((a, b) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    const relative = prefix === undefined ? null : normalize(path.slice(prefix.length));
    if (prefix === undefined || relative === null || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    let file = join(roots[prefix], relative);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-store',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
