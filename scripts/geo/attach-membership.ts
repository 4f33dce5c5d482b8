/**
 * Turns keyed municipal polygons into the published municipality features: current DANE name,
 * department, PDET subregion, Zona Futuro (with whether its membership is verified), pilot flag
 * and area. The area is DANE's official figure (`MPIO_NAREA`, km², 0.1) when the boundary file
 * carries it (`area_official: true`), else the polygon's geodesic area (Turf). Feature `id` is the
 * integer DIVIPOLA code (for MapLibre feature-state).
 */
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from './area-feature.ts';
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
  /** True when `area_km2` is DANE's official area, false when computed from the polygon. */
  area_official: boolean;
}
export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProperties>;

export interface SourceFacts {
  /** DIVIPOLA → the boundary file's own name, for codes missing from the DIVIPOLA table. */
  names: Map<string, string>;
  /** DIVIPOLA → official area in km² (MGN `MPIO_NAREA`). */
  officialAreas: Map<string, number>;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * @example
 * attachMembership(features, tables, facts)[0].properties // => { divipola: '05001', area_km2: 374.8, area_official: true, … }
 */
export function attachMembership(
  features: AreaFeature[],
  tables: ReferenceTables,
  facts: SourceFacts,
): MunicipalityFeature[] {
  const pdet = new Map(tables.pdet.map((row) => [row.divipola, row.subregion]));
  const zonas = new Map(tables.zonas.map((row) => [row.divipola, row]));
  const pilots = new Set(tables.pilots);
  return features.map((feature) => {
    const code = feature.properties.divipola;
    const zona = zonas.get(code);
    const official = facts.officialAreas.get(code);
    const properties: MunicipalityProperties = {
      divipola: code,
      name: tables.municipalityNames.get(code) ?? facts.names.get(code) ?? code,
      department: tables.departmentNames.get(code.slice(0, 2)) ?? code.slice(0, 2),
      pdet_subregion: pdet.get(code) ?? null,
      zona_futuro: zona?.zona ?? null,
      zf_verified: zona ? zona.verified : null,
      pilot: pilots.has(code),
      area_km2: tenth(official ?? area(feature) / 1e6),
      area_official: official !== undefined,
    };
    return { type: 'Feature', id: Number(code), properties, geometry: feature.geometry };
  });
}
