/**
 * Builds the programme layers from published municipality features: PDET subregions and Zonas
 * Futuro (dissolved municipal extents with their member lists), and departments: DANE's own
 * department polygons when the boundary file has them, else the municipalities dissolved by the
 * first two DIVIPOLA digits.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AreaFeature } from './area-feature.ts';
import type { MunicipalityFeature } from './attach-membership.ts';
import { dissolveBy } from './dissolve-by.ts';
import type { ReferenceTables } from './read-reference.ts';

type Area = Polygon | MultiPolygon;
export const ZONA_NOTE = {
  es: 'Las Zonas Futuro oficiales se delimitan por veredas y parques; esta extensión municipal las aproxima.',
  en: 'Official zones are drawn by veredas and parks; this municipal extent approximates them.',
};

/** Plain code-unit comparison: the same order on every machine, unlike locale collation. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** 16 subregions: `name`, official `municipality_count`, all members' `divipola_codes`. */
export async function buildPdetSubregions(municipalities: MunicipalityFeature[], tables: ReferenceTables) {
  const shapes = await dissolveBy(municipalities, (p) => p.pdet_subregion);
  const names = [...new Set(tables.pdet.map((row) => row.subregion))].sort(compareText);
  return names.flatMap(
    (name): Feature<Area, { name: string; municipality_count: number; divipola_codes: string[] }>[] => {
      const geometry = shapes.get(name);
      const codes = tables.pdet
        .filter((row) => row.subregion === name)
        .map((row) => row.divipola)
        .sort(compareText);
      return geometry
        ? [
            {
              type: 'Feature',
              properties: { name, municipality_count: codes.length, divipola_codes: codes },
              geometry,
            },
          ]
        : [];
    },
  );
}

/**
 * 5 Zonas Futuro: verified and candidate counts and codes (`verified_codes`, `candidate_codes`;
 * `divipola_codes` is both), and the approximation note in es and en.
 */
export async function buildZonasFuturo(municipalities: MunicipalityFeature[], tables: ReferenceTables) {
  const shapes = await dissolveBy(municipalities, (p) => p.zona_futuro);
  const names = [...new Set(tables.zonas.map((row) => row.zona))].sort(compareText);
  return names.flatMap((name) => {
    const rows = tables.zonas.filter((row) => row.zona === name);
    const geometry = shapes.get(name);
    const codes = (verified: boolean) =>
      rows
        .filter((row) => row.verified === verified)
        .map((row) => row.divipola)
        .sort(compareText);
    const properties = {
      name,
      verified_count: codes(true).length,
      candidate_count: codes(false).length,
      verified_codes: codes(true),
      candidate_codes: codes(false),
      divipola_codes: rows.map((row) => row.divipola).sort(compareText),
      note_es: ZONA_NOTE.es,
      note_en: ZONA_NOTE.en,
    };
    return geometry ? [{ type: 'Feature' as const, properties, geometry }] : [];
  });
}

/**
 * One feature per department, `code` (2 digits) and `name`, sorted by code: from `own` (the
 * source's department polygons, keyed by code) when given, else dissolved from the municipalities.
 */
export async function buildDepartments(
  municipalities: MunicipalityFeature[],
  tables: ReferenceTables,
  own: readonly AreaFeature[] | null,
) {
  const shapes = own
    ? new Map(own.map((feature) => [feature.properties.divipola, feature.geometry]))
    : await dissolveBy(municipalities, (p) => p.divipola.slice(0, 2));
  return [...shapes.keys()].sort(compareText).map(
    (code): Feature<Area, { code: string; name: string }> => ({
      type: 'Feature',
      properties: { code, name: tables.departmentNames.get(code) ?? code },
      geometry: shapes.get(code) as Area,
    }),
  );
}
