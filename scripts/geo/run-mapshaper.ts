/**
 * Runs mapshaper commands on an in-memory GeoJSON FeatureCollection and returns the GeoJSON it
 * writes. Input is named `in.json`; the commands must end without `-o` (added here), so every
 * output is GeoJSON, RFC 7946 wound and rounded to 5 decimals (≈1 m).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import mapshaper from 'mapshaper';

/**
 * @example
 * await runMapshaper(collection, '-clean') // repaired copy of `collection`
 */
export async function runMapshaper<G extends Geometry | null, P>(
  collection: FeatureCollection,
  commands: string,
): Promise<FeatureCollection<G, P>> {
  const output = await mapshaper.applyCommands(
    `-i in.json ${commands} -o out.json format=geojson precision=0.00001 rfc7946`,
    { 'in.json': JSON.stringify(collection) },
  );
  const text = output['out.json'];
  const json = typeof text === 'string' ? text : new TextDecoder().decode(text);
  return JSON.parse(json) as FeatureCollection<G, P>;
}
