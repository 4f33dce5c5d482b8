/**
 * Writes `manifest.json` for the geography layers, keeping layers written by other scripts
 * (e.g. build-data's coca and interventions) and validating the result against the app's schema.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Manifest, ManifestLayer, type MissingMunicipality } from '../../src/io/manifest.ts';
import { GEO_LAYER_IDS } from './build-manifest-layers.ts';
import { mergeManifestLayers } from './manifest.ts';
import { stringifySorted } from './write-deterministic-json.ts';

export const GENERATED_BY =
  'npm run geo:build (scripts/build-geo.ts) and npm run data:build (scripts/build-data.ts)';

/**
 * @example
 * writeManifest('public/geo/manifest.json', layers, 'DANE, Marco Geoestadístico Nacional (MGN) 2018 …', [])
 */
export function writeManifest(
  file: string,
  layers: ManifestLayer[],
  boundarySource: string,
  missing: MissingMunicipality[],
): void {
  const existing = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const kept = (Array.isArray(existing.layers) ? existing.layers : []).filter(
    (layer: unknown) => ManifestLayer.safeParse(layer).success,
  ) as ManifestLayer[];
  const manifest = Manifest.parse({
    generated_by: GENERATED_BY,
    boundary_source: boundarySource,
    layers: mergeManifestLayers(kept, layers, GEO_LAYER_IDS),
    missing,
  });
  writeFileSync(file, stringifySorted(manifest));
}
