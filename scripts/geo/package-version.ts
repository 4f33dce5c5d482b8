/** Reads the exact installed version of an npm package from its package.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @example
 * packageVersion('mapshaper') // => '0.7.70'
 */
export function packageVersion(name: string, root = process.cwd()): string {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return String(manifest.version);
}
