/**
 * CLI for the geography build.
 *
 *   npm run geo:build                                   # DANE MGN 2018 (data/sources) → public/geo
 *   npm run geo:build -- --municipalities <file> [--out <dir>]   # another MGN vintage, OCHA COD-AB
 *
 * Bad input stops with a message naming the file and the problem, and exit code 1.
 */
import { resolve } from 'node:path';
import { buildGeography } from './geo/build-geography.ts';

/** Parses `--municipalities <file>` and `--out <dir>`; throws on anything else. */
export function parseArgs(argv: readonly string[]): { municipalitiesFile?: string; outDir: string } {
  const result: { municipalitiesFile?: string; outDir: string } = { outDir: 'public/geo' };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, value] = [argv[index], argv[index + 1]];
    if (
      (flag === '--municipalities' || flag === '--out') &&
      (value === undefined || value.startsWith('--'))
    ) {
      throw new Error(`${flag} needs a value`);
    }
    if (flag === '--municipalities') result.municipalitiesFile = value;
    else if (flag === '--out') result.outDir = value;
    else throw new Error(`unknown argument ${flag} (use --municipalities <file> [--out <dir>])`);
    index += 1;
  }
  return result;
}

async function main(): Promise<void> {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const result = await buildGeography({
    root: process.cwd(),
    outDir: resolve(args.outDir),
    municipalitiesFile: args.municipalitiesFile && resolve(args.municipalitiesFile),
  });
  const counts = Object.entries(result.counts)
    .map(([id, count]) => `${id} ${count}`)
    .join(', ');
  console.log(
    `geo:build wrote ${result.files.length} files to ${args.outDir} in ${Date.now() - started} ms (${counts})`,
  );
  for (const note of result.notes) console.log(note);
  console.log(
    `DIVIPOLA units without a polygon: ${result.missing.map((m) => `${m.divipola} ${m.name}`).join('; ') || 'none'}`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'build-geo.ts')) {
  main().catch((error: Error) => {
    console.error(`geo:build failed: ${error.message}`);
    process.exit(1);
  });
}
