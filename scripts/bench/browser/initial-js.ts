/**
 * The JavaScript a first visit must download before the app can start: the entry script and the
 * chunks `index.html` preloads (Vite emits a `modulepreload` link for every static import of the
 * entry). Chunks loaded with `import()` on first use and Web Workers are not initial; workers are
 * reported on their own. Sizes are gzip (zlib default level, as a web server would send them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  /** gzip kB of the entry and its static imports. */
  kb: number;
  files: string[];
  /** gzip kB of every worker script in the build (MapLibre's and the app's). */
  workerKb: number;
}

/** @example initialJs('dist') // => { kb: 446.2, files: ['assets/index-….js', …], workerKb: 210.4 } */
export function initialJs(distDirectory: string): InitialJs {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ''));
  const gzipKb = (file: string) => gzipSync(readFileSync(join(distDirectory, file))).length / 1000;
  const kb = files.reduce((sum, file) => sum + gzipKb(file), 0);
  const workers = readdirSync(join(distDirectory, 'assets')).filter((file) => /worker/i.test(file));
  const workerKb = workers.reduce((sum, file) => sum + gzipKb(join('assets', file)), 0);
  return { kb: round(kb), files, workerKb: round(workerKb) };
}

function round(kb: number): number {
  return Math.round(kb * 10) / 10;
}
