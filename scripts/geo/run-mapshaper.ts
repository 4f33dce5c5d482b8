/**
 * Runs mapshaper commands on in-memory GeoJSON FeatureCollections and returns the GeoJSON it
 * writes. Commands must end without `-o` (added here), so every output is GeoJSON, RFC 7946 wound
 * and rounded to 5 decimals (≈1 m).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import mapshaper from 'mapshaper';

const OUTPUT = 'format=geojson precision=0.00001 rfc7946';

/**
 * One input, named `in.json`; `commands` start with its import options.
 *
 * @example
 * await runMapshaper(collection, '-clean') // repaired copy of `collection`
 */
export async function runMapshaper<G extends Geometry | null, P>(
  collection: FeatureCollection,
  commands: string,
): Promise<FeatureCollection<G, P>> {
  const output = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json ${OUTPUT}`, {
    'in.json': JSON.stringify(collection),
  });
  return parse(output['out.json']);
}

/**
 * Several inputs (file name → collection), imported together; `commands` start with the import
 * options (e.g. `combine-files`, so the layers share one topology). Returns every layer under its
 * input name.
 *
 * @example
 * await runMapshaperLayers({ 'm.json': a, 'd.json': b }, 'combine-files -clean target=*')
 */
export async function runMapshaperLayers<G extends Geometry | null, P>(
  inputs: Record<string, FeatureCollection>,
  commands: string,
): Promise<Record<string, FeatureCollection<G, P>>> {
  const names = Object.keys(inputs);
  const output = await mapshaper.applyCommands(
    `-i ${names.join(' ')} ${commands} -o ${OUTPUT} target=*`,
    Object.fromEntries(names.map((name) => [name, JSON.stringify(inputs[name])])),
  );
  return Object.fromEntries(
    names.filter((name) => name in output).map((name) => [name, parse(output[name])]),
  );
}

function parse<T>(text: string | Uint8Array): T {
  return JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as T;
}
