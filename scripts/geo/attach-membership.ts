/**
 * Turns keyed municipal polygons into the published municipality features: current DANE name,
 * department, PDET subregion, Zona Futuro (with whether its membership is verified), pilot flag
 * and geodesic area. Feature `id` is the integer DIVIPOLA code (for MapLibre feature-state).
 */
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from './key-amcharts.ts';
import type { ReferenceTables } from './read-reference.ts';

export interface MunicipalityProperties {
  divipola: string;
  name: string;
  department: string;
  pdet_subregion: string | null;
  zona_futuro: string | null;
  zf_verified: boolean | null;
  pilot: boolean;
  area_km2: number;
}
export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProperties>;

/**
 * `fallbackNames` supplies names for codes missing from the DIVIPOLA table (e.g. MGN's own names).
 *
 * @example
 * attachMembership(features, tables)[0].properties.pdet_subregion // => 'Urabá Antioqueño' or null
 */
export function attachMembership(
  features: AreaFeature[],
  tables: ReferenceTables,
  fallbackNames: Map<string, string> = new Map(),
): MunicipalityFeature[] {
  const pdet = new Map(tables.pdet.map((row) => [row.divipola, row.subregion]));
  const zonas = new Map(tables.zonas.map((row) => [row.divipola, row]));
  const pilots = new Set(tables.pilots);
  return features.map((feature) => {
    const code = feature.properties.divipola;
    const zona = zonas.get(code);
    const properties: MunicipalityProperties = {
      divipola: code,
      name: tables.municipalityNames.get(code) ?? fallbackNames.get(code) ?? code,
      department: tables.departmentNames.get(code.slice(0, 2)) ?? code.slice(0, 2),
      pdet_subregion: pdet.get(code) ?? null,
      zona_futuro: zona?.zona ?? null,
      zf_verified: zona ? zona.verified : null,
      pilot: pilots.has(code),
      area_km2: Math.round(area(feature) / 1e5) / 10,
    };
    return { type: 'Feature', id: Number(code), properties, geometry: feature.geometry };
  });
}
