/**
 * `npm run data:build`: builds the data layers from the geography build and the coca reference
 * table, and adds their entries to public/geo/manifest.json (keeping the geography entries):
 *   coca-municipal.json           official UNODC-SIMCI table (as published)
 *   coca-estimates.json           synthetic 1 km cells whose municipal sums equal the official figures
 *   interventions.sample.geojson  seeded sample of intervention records (sample: true)
 * Flags: --count N (interventions, default 10000), --seed S, --out-dir DIR (default public/geo),
 * --geo-dir DIR (where municipalities.geojson and manifest.json are read, default public/geo).
 * Same inputs and seed → byte-identical files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InterventionFeature } from '../src/io/schemas.ts';
import { buildCocaLayers } from './data/build-coca-layers.ts';
import { DEFAULT_INTERVENTION_COUNT, DEFAULT_SEED } from './data/data-defaults.ts';
import { DATA_FILES, DATA_LAYER_IDS, dataManifestLayers } from './data/data-manifest-layers.ts';
import { writeInterventions } from './data/generate-interventions.ts';
import { parseFlags, positiveInteger } from './data/parse-flags.ts';
import { readDataInputs } from './data/read-data-inputs.ts';
import { mergeManifestLayers } from './geo/manifest.ts';
import { stableStringify, stringifySorted } from './geo/write-deterministic-json.ts';

export interface BuildDataOptions {
  root: string;
  geoDir: string;
  outDir: string;
  seed: string;
  count: number;
}

/** Runs the build; returns the counts written. Records are schema-checked when count ≤ 20,000. */
export function buildData(options: BuildDataOptions): {
  municipalities: number;
  cells: number;
  interventions: number;
} {
  const inputs = readDataInputs(options.root, options.geoDir);
  const layers = buildCocaLayers(inputs.cocaCsv, inputs.municipalities, { seed: options.seed });
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, DATA_FILES['coca-municipal']), `${stableStringify(layers.table)}\n`);
  writeFileSync(join(options.outDir, DATA_FILES['coca-estimates']), `${stableStringify(layers.estimates)}\n`);
  const interventionsFile = join(options.outDir, DATA_FILES.interventions);
  const interventions = writeInterventions(
    interventionsFile,
    { shapes: layers.shapes, cocaHectares: layers.recentHectares, cells: layers.cells },
    { count: options.count, seed: options.seed },
  );
  if (options.count <= 20_000) {
    const collection = JSON.parse(readFileSync(interventionsFile, 'utf8')) as { features: unknown[] };
    for (const feature of collection.features) InterventionFeature.parse(feature);
  }
  const counts = {
    municipalities: Object.keys(layers.table.rows).length,
    cells: layers.estimates.cells.length,
    interventions,
  };
  const boundary = inputs.manifest.layers.find((layer) => layer.id === 'municipalities');
  const boundaryPackages = Object.fromEntries(
    Object.entries(boundary?.source_packages ?? {}).filter(
      ([name]) => name.startsWith('data/sources/') || name.startsWith('file:'),
    ),
  );
  const merged = mergeManifestLayers(
    inputs.manifest.layers,
    dataManifestLayers({ ...counts, seed: options.seed }, boundaryPackages),
    DATA_LAYER_IDS,
  );
  writeFileSync(
    join(options.outDir, 'manifest.json'),
    stringifySorted({ ...inputs.manifest, layers: merged }),
  );
  return counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = parseFlags(process.argv.slice(2), ['count', 'seed', 'out-dir', 'geo-dir']);
  const started = performance.now();
  const counts = buildData({
    root: process.cwd(),
    geoDir: resolve(flags.get('geo-dir') ?? 'public/geo'),
    outDir: resolve(flags.get('out-dir') ?? 'public/geo'),
    seed: flags.get('seed') ?? DEFAULT_SEED,
    count: positiveInteger(flags.get('count') ?? String(DEFAULT_INTERVENTION_COUNT), 'count'),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `data:build ${counts.municipalities} coca municipalities, ${counts.cells} synthetic cells, ` +
      `${counts.interventions} sample interventions in ${seconds} s`,
  );
}
