/**
 * `npm run -s import -- [--json] [--records] [--crs EPSG:9377] [--swap-lat-lon] [--sheet NAME] FILE...`
 *
 * Runs the page's import pipeline (src/import: the same readers, detection, automatic mapping and
 * validation) on each file and prints, with `--json`, one JSON object per file per line:
 * `{"file","format","kind","encoding","delimiter","crs","rows","accepted","rejected","bbox",
 * "problems":[{"row","id","code","message"}]}`, plus `keys`, `unmatched` and `sums` for municipal
 * tables and, with `--records`, `features` (the accepted records as GeoJSON in lon/lat). A refused
 * file prints `{"file","error"}` (and `question` with the candidate CRSs when it needs one) and the
 * command exits 2. `--crs` and `--swap-lat-lon` answer the questions the page would ask.
 * Without `--json`, a readable summary.
 */
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CRS_CODES, type CrsCode } from '../src/geo/crs/colombian-crs';
import type { Gazetteer } from '../src/import/gazetteer';
import { importFile } from '../src/import/import-file';
import { inspectFile } from '../src/import/inspect-file';
import { resultFeatures } from '../src/import/result-features';
import { type ResultSummary, resultSummary } from '../src/import/result-summary';
import { fileByteSource, referenceGazetteer } from './import/node-sources';

const USAGE =
  'usage: npm run -s import -- [--json] [--records] [--crs EPSG:9377] [--swap-lat-lon] [--sheet NAME] FILE...';

interface Flags {
  json: boolean;
  records: boolean;
  crs?: CrsCode;
  swap: boolean;
  sheet?: string;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      records: { type: 'boolean', default: false },
      crs: { type: 'string' },
      'swap-lat-lon': { type: 'boolean', default: false },
      sheet: { type: 'string' },
    },
  });
  const crs = values.crs?.toUpperCase();
  if (positionals.length === 0 || (crs !== undefined && !CRS_CODES.includes(crs as CrsCode))) {
    console.error(crs !== undefined ? `--crs must be one of ${CRS_CODES.join(', ')}` : USAGE);
    return 1;
  }
  const flags: Flags = {
    json: values.json,
    records: values.records,
    crs: crs as CrsCode | undefined,
    swap: values['swap-lat-lon'],
    sheet: values.sheet,
  };
  const gazetteer = await referenceGazetteer(join(import.meta.dirname, '..'));
  let refused = false;
  // npm runs scripts from the package root; paths are the user's, relative to where they typed them
  const base = process.env.INIT_CWD ?? process.cwd();
  for (const path of positionals) {
    const outcome = await importOne(resolve(base, path), flags, gazetteer);
    if ('error' in outcome) refused = true;
    console.log(flags.json ? JSON.stringify(outcome) : readable(outcome));
  }
  return refused ? 2 : 0;
}

type Outcome =
  | (ResultSummary & { features?: unknown[] })
  | { file: string; error: string; question?: { crs: string[] } };

async function importOne(path: string, flags: Flags, gazetteer: Gazetteer): Promise<Outcome> {
  let source: Awaited<ReturnType<typeof fileByteSource>>;
  try {
    source = await fileByteSource(path);
  } catch (error) {
    return { file: basename(path), error: `${basename(path)}: ${(error as Error).message}` };
  }
  try {
    const open = { sheet: flags.sheet };
    const inspected = await inspectFile(source, open);
    if (!inspected.ok) return { file: source.name, error: inspected.refusal.message };
    const { mapping, settings } = inspected.inspection;
    const outcome = await importFile(source, {
      mapping,
      settings: { ...settings, crs: flags.crs ?? settings.crs, swapLatLon: flags.swap },
      gazetteer,
      open,
    });
    if (!outcome.ok) {
      const { refusal } = outcome;
      const question =
        refusal.code === 'crsRequired'
          ? { question: { crs: String(refusal.params.candidates).split(', ') } }
          : {};
      return { file: source.name, error: refusal.message, ...question };
    }
    const summary = resultSummary(outcome.result);
    return flags.records
      ? { ...summary, features: resultFeatures(outcome.result, gazetteer).features }
      : summary;
  } finally {
    await source.close();
  }
}

function readable(outcome: Outcome): string {
  if ('error' in outcome)
    return `✗ ${outcome.error}${outcome.question ? `\n  answer with --crs (${outcome.question.crs.join(', ')})` : ''}`;
  const lines = [
    `✓ ${outcome.file}: ${outcome.format} → ${outcome.kind}` +
      `${outcome.encoding ? `, ${outcome.encoding}` : ''}${outcome.delimiter ? `, delimiter ${JSON.stringify(outcome.delimiter)}` : ''}` +
      `${outcome.crs ? `, ${outcome.crs}` : ''}`,
    `  ${outcome.rows} rows: ${outcome.accepted} accepted, ${outcome.rejected} rejected` +
      (outcome.bbox ? `; bbox ${outcome.bbox.join(', ')}` : ''),
  ];
  if (outcome.keys)
    lines.push(
      `  ${outcome.keys.length} municipalities matched, unmatched: ${outcome.unmatched?.join(', ') || 'none'}`,
    );
  if (outcome.sums)
    lines.push(
      `  sums: ${Object.entries(outcome.sums)
        .map(([key, value]) => `${key} ${value}`)
        .join('; ')}`,
    );
  for (const problem of outcome.problems) {
    lines.push(
      `  ${problem.row === null ? 'file' : `row ${problem.row}`}${problem.id ? ` (${problem.id})` : ''}: ${problem.message}`,
    );
  }
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
