/**
 * Dissolves polygon features into one feature per value of a string property (mapshaper's
 * topology-aware `-dissolve2`, so shared borders vanish cleanly). Features whose value is null
 * are left out.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { runMapshaper } from './run-mapshaper.ts';

/**
 * @example
 * await dissolveBy(municipalities, (p) => p.divipola.slice(0, 2)) // one feature per department
 */
export async function dissolveBy<P>(
  features: Feature<Polygon | MultiPolygon, P>[],
  keyOf: (properties: P) => string | null,
): Promise<Map<string, Polygon | MultiPolygon>> {
  const keyed = features.flatMap((feature) => {
    const key = keyOf(feature.properties);
    return key === null
      ? []
      : [{ type: 'Feature' as const, properties: { key }, geometry: feature.geometry }];
  });
  const collection: FeatureCollection = { type: 'FeatureCollection', features: keyed };
  const dissolved = await runMapshaper<Polygon | MultiPolygon | null, { key: string }>(
    collection,
    '-dissolve2 key -clean',
  );
  const result = new Map<string, Polygon | MultiPolygon>();
  for (const feature of dissolved.features) {
    if (feature.geometry) result.set(feature.properties.key, feature.geometry);
  }
  return result;
}
