/**
 * Seeded generator of the intervention sample (`public/geo/interventions.sample.geojson`): a
 * GeoJSON FeatureCollection, one Feature per line, written in batches so a million records stream
 * to disk in bounded memory. Same inputs and seed → the same bytes. Every record is `sample: true`.
 *
 * CLI (reads the committed layers):
 *   tsx scripts/data/generate-interventions.ts --count 100000 --out /tmp/interventions-100k.geojson [--seed 1]
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../src/geo/seeded-random.ts';
import type { CocaCellRecord } from './allocate-coca.ts';
import { buildCocaLayers } from './build-coca-layers.ts';
import { DEFAULT_INTERVENTION_COUNT, DEFAULT_SEED } from './data-defaults.ts';
import { placePicker } from './intervention-places.ts';
import { makeIntervention } from './intervention-record.ts';
import type { MunicipalityShape } from './municipality-shapes.ts';
import { parseFlags, positiveInteger } from './parse-flags.ts';
import { readDataInputs } from './read-data-inputs.ts';

export interface GenerateOptions {
  count: number;
  seed: number | string;
}

export interface GeneratorInputs {
  shapes: readonly MunicipalityShape[];
  /** Official coca hectares per DIVIPOLA used as weight (mean of recent years). */
  cocaHectares: ReadonlyMap<string, number>;
  cells: readonly CocaCellRecord[];
}

const BATCH = 5000;

/**
 * Yields the features one by one as single-line JSON strings (fixed key order).
 *
 * @example
 * const [first] = generateInterventionLines(inputs, { count: 1, seed: 1 });
 * JSON.parse(first).properties.sample; // true
 */
export function* generateInterventionLines(
  inputs: GeneratorInputs,
  options: GenerateOptions,
): Generator<string> {
  const random = seededRandom(`${options.seed}:interventions`);
  const pickPlace = placePicker(inputs.shapes, inputs.cocaHectares, inputs.cells);
  for (let index = 0; index < options.count; index++) {
    const place = pickPlace(random);
    const properties = makeIntervention(random, {
      index,
      type: place.type,
      divipola: place.shape.divipola,
      municipalityName: place.shape.name,
    });
    yield JSON.stringify({
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    });
  }
}

/** Writes the FeatureCollection to `file` in batches; returns the number of features written. */
export function writeInterventions(file: string, inputs: GeneratorInputs, options: GenerateOptions): number {
  const descriptor = openSync(file, 'w');
  try {
    writeSync(descriptor, '{"type":"FeatureCollection","sample":true,"features":[\n');
    let batch: string[] = [];
    let written = 0;
    for (const line of generateInterventionLines(inputs, options)) {
      batch.push(written === 0 ? line : `,\n${line}`);
      written++;
      if (batch.length === BATCH) {
        writeSync(descriptor, batch.join(''));
        batch = [];
      }
    }
    writeSync(descriptor, `${batch.join('')}\n]}\n`);
    return written;
  } finally {
    closeSync(descriptor);
  }
}

/** CLI: writes a sample of any size from the committed layers (for tests and benchmarks). */
export function runInterventionsCli(argv: readonly string[]): void {
  const flags = parseFlags(argv, ['count', 'out', 'seed', 'geo-dir']);
  const out = flags.get('out');
  if (!out) throw new Error('--out FILE is required');
  const count = positiveInteger(flags.get('count') ?? String(DEFAULT_INTERVENTION_COUNT), 'count');
  const seed = flags.get('seed') ?? DEFAULT_SEED;
  const started = performance.now();
  const inputs = readDataInputs(process.cwd(), resolve(flags.get('geo-dir') ?? 'public/geo'));
  const layers = buildCocaLayers(inputs.cocaCsv, inputs.municipalities, { seed });
  const written = writeInterventions(
    resolve(out),
    { shapes: layers.shapes, cocaHectares: layers.recentHectares, cells: layers.cells },
    { count, seed },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${written} sample interventions to ${out} in ${seconds} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runInterventionsCli(process.argv.slice(2));
}
