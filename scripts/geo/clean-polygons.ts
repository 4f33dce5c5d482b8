/**
 * Repairs polygon geometry with mapshaper and merges features that share a key. `-clean` resolves
 * self-intersections and overlaps (the amCharts source has four invalid polygons, Buenaventura
 * among them) and `-dissolve2` unions the pieces of one municipality (e.g. Cumaribo).
 */
import type { FeatureCollection } from 'geojson';
import type { AreaFeature } from './key-amcharts.ts';
import { runMapshaper } from './run-mapshaper.ts';

/**
 * Coordinates are snapped to 5 decimals on import so the written (rounded) geometry is the one
 * that was repaired. Features whose geometry vanishes in the repair are dropped.
 *
 * @example
 * await cleanPolygons(features) // one valid feature per divipola, sorted by divipola
 */
export async function cleanPolygons(features: AreaFeature[]): Promise<AreaFeature[]> {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const cleaned = await runMapshaper<AreaFeature['geometry'] | null, { divipola: string }>(
    collection,
    'precision=0.00001 -clean -dissolve2 divipola',
  );
  return cleaned.features
    .filter((feature): feature is AreaFeature => feature.geometry !== null)
    .sort((a, b) => a.properties.divipola.localeCompare(b.properties.divipola));
}
