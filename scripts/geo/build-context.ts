/**
 * Builds the basemap context layer: Colombia and its neighbours from world-atlas (Natural Earth
 * 1:10m admin-0 countries, TopoJSON), converted with topojson-client and clipped to a bbox around
 * Colombia with mapshaper `-clip bbox=`.
 */
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { runMapshaper } from './run-mapshaper.ts';

/** lon/lat bounds of the map extent: west, south, east, north. */
export const CONTEXT_BBOX = [-96, -24, -48, 24] as const;

export interface ContextProperties {
  name: string;
  kind: 'colombia' | 'neighbour';
}

/**
 * @example
 * await buildContext('node_modules/world-atlas/countries-10m.json') // Colombia + ~10 neighbours
 */
export async function buildContext(
  topologyFile: string,
): Promise<Feature<Polygon | MultiPolygon, ContextProperties>[]> {
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: countries.features
      .filter((country) => country.geometry && overlapsContext(bbox(country)))
      .map((country) => ({
        type: 'Feature',
        properties: { name: country.properties.name },
        geometry: country.geometry,
      })),
  };
  const clipped = await runMapshaper<Polygon | MultiPolygon | null, { name: string }>(
    input,
    `precision=0.00001 -clip bbox=${CONTEXT_BBOX.join(',')} -clean`,
  );
  return clipped.features
    .filter(
      (country): country is Feature<Polygon | MultiPolygon, { name: string }> => country.geometry !== null,
    )
    .map(
      (country): Feature<Polygon | MultiPolygon, ContextProperties> => ({
        type: 'Feature',
        properties: {
          name: country.properties.name,
          kind: country.properties.name === 'Colombia' ? 'colombia' : 'neighbour',
        },
        geometry: country.geometry,
      }),
    )
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
}

function overlapsContext([west, south, east, north]: number[]): boolean {
  const [minX, minY, maxX, maxY] = CONTEXT_BBOX;
  return west <= maxX && east >= minX && south <= maxY && north >= minY;
}
