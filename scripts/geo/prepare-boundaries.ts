/**
 * Prepares the boundary polygons for publishing, with mapshaper on one shared topology (borders
 * that two polygons share stay one line, so neighbours never gap or overlap):
 * coordinates snapped to 5 decimals, `-clean` (overlaps, self-intersections), `-dissolve2` by code
 * (the pieces of one unit become one feature), then a topology-aware Visvalingam `-simplify` whose
 * tolerance grows with each unit's size. Departments, when the source has their own polygons, go
 * through the same topology, so the stretches they share with municipal borders are simplified
 * identically; department-only lines are kept as they are.
 *
 * The tolerance rule keeps every unit's area within 1% of the unsimplified polygon (checked for all
 * 1,122 MGN units in scripts/build-geo.test.ts; worst 0.87%): small urban municipalities keep
 * nearly all their vertices, large ones lose the most. Raising `metresPerSqrtKm2` past 20 breaks
 * that bound (22 gives 1.36%). The 500 m cap keeps large units' coasts and rivers close to the
 * source at the zoom a planner uses for one municipality (a 1 km cap saves 0.2 MB and cuts bays).
 */
import { area } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from './area-feature.ts';
import { compareText } from './build-programme-layers.ts';
import { runMapshaperLayers } from './run-mapshaper.ts';

/** Visvalingam interval (metres) = min(metresPerSqrtKm2 × √(area in km²), maxMetres). */
export const SIMPLIFY = { metresPerSqrtKm2: 20, maxMetres: 500 } as const;

export interface Boundaries {
  municipalities: AreaFeature[];
  departments: AreaFeature[] | null;
}

/**
 * @example
 * const { municipalities } = await prepareBoundaries({ municipalities: keyed, departments: null });
 * // one valid, simplified feature per DIVIPOLA code, sorted by code
 */
export async function prepareBoundaries(input: Boundaries): Promise<Boundaries> {
  const withInterval = (features: AreaFeature[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: features.map((feature) => ({
      ...feature,
      properties: { divipola: feature.properties.divipola, interval: simplifyInterval(area(feature) / 1e6) },
    })),
  });
  const layers: Record<string, FeatureCollection> = { 'm.json': withInterval(input.municipalities) };
  if (input.departments) layers['d.json'] = withInterval(input.departments);
  const clean = (target: string) =>
    `-clean target=${target} -dissolve2 divipola copy-fields=interval target=${target}`;
  const output = await runMapshaperLayers<Polygon | MultiPolygon | null, { divipola: string }>(
    layers,
    `${input.departments ? 'combine-files ' : ''}precision=0.00001 ${clean('m')} ${input.departments ? clean('d') : ''} ` +
      '-simplify variable interval=interval keep-shapes target=m -filter-fields divipola target=*',
  );
  const published = (collection: FeatureCollection<Polygon | MultiPolygon | null, { divipola: string }>) =>
    collection.features
      .filter((feature): feature is AreaFeature => feature.geometry !== null)
      .sort((a, b) => compareText(a.properties.divipola, b.properties.divipola));
  return {
    municipalities: published(output['m.json']),
    departments: output['d.json'] ? published(output['d.json']) : null,
  };
}

/**
 * @example simplifyInterval(16) // => 80 (metres, a 16 km² municipality)
 */
export function simplifyInterval(areaKm2: number): number {
  return Math.min(SIMPLIFY.metresPerSqrtKm2 * Math.sqrt(areaKm2), SIMPLIFY.maxMetres);
}
