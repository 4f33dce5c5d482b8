import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

/** The zone layers the benchmark runs over, in public/geo. */
export const ZONE_LAYER_FILES = {
  municipalities: 'municipalities.geojson',
  'pdet-subregions': 'pdet-subregions.geojson',
  'zonas-futuro': 'zonas-futuro.geojson',
  'pilot-municipalities': 'pilot-municipalities.geojson',
} as const;
export type ZoneLayerId = keyof typeof ZONE_LAYER_FILES;

/**
 * Reads the four zone layers from `directory`; throws a message telling how to build them when
 * any is missing.
 */
export function loadZoneLayers(directory: string): Record<ZoneLayerId, FeatureCollection<Geometry | null>> {
  const missing = Object.values(ZONE_LAYER_FILES).filter((file) => !existsSync(join(directory, file)));
  if (missing.length > 0) {
    throw new Error(
      `zone layers missing in ${directory}: ${missing.join(', ')}. Run \`npm run geo:build\` first.`,
    );
  }
  const read = (file: string) => JSON.parse(readFileSync(join(directory, file), 'utf8'));
  return {
    municipalities: read(ZONE_LAYER_FILES.municipalities),
    'pdet-subregions': read(ZONE_LAYER_FILES['pdet-subregions']),
    'zonas-futuro': read(ZONE_LAYER_FILES['zonas-futuro']),
    'pilot-municipalities': read(ZONE_LAYER_FILES['pilot-municipalities']),
  };
}
