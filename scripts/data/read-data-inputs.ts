/**
 * Reads what the data build needs from disk: the municipality polygons and the manifest of the
 * geography build (public/geo), and the project's coca reference table (data/reference).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { Manifest } from '../../src/io/manifest.ts';

export const COCA_REFERENCE_CSV = 'data/reference/coca_hectares_by_municipality.csv';

export interface DataInputs {
  cocaCsv: string;
  municipalities: FeatureCollection;
  manifest: Manifest;
}

/** Reads the inputs; `root` is the repository root, `geoDir` the folder of the geography build. */
export function readDataInputs(root: string, geoDir: string): DataInputs {
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(geoDir, 'manifest.json'), 'utf8')));
  return {
    cocaCsv: readFileSync(join(root, COCA_REFERENCE_CSV), 'utf8'),
    municipalities: JSON.parse(
      readFileSync(join(geoDir, 'municipalities.geojson'), 'utf8'),
    ) as FeatureCollection,
    manifest,
  };
}
