/**
 * Describes the geography layers for the manifest: titles, kinds, sources, licences, attribution
 * and allocation. Boundaries are official (DANE MGN); the Zonas Futuro extent is `approximate`
 * (a municipal extent of zones drawn by veredas and parks, with unverified candidate members).
 */
import type { ManifestLayer } from '../../src/io/manifest.ts';

export const GEO_LAYER_IDS = [
  'context',
  'departments',
  'labels',
  'municipalities',
  'pdet-subregions',
  'pilot-municipalities',
  'zonas-futuro',
] as const;
export type GeoLayerId = (typeof GEO_LAYER_IDS)[number];

export interface BoundaryDescription {
  /** e.g. "DANE, Marco Geoestadístico Nacional (MGN) 2018, layer MGN_MPIO_POLITICO, from …". */
  source: string;
  licence: string;
  attribution: string;
  year: string;
  packages: Record<string, string>;
}

const TITLES: Record<GeoLayerId, { es: string; en: string }> = {
  context: { es: 'Contexto: Colombia y países vecinos', en: 'Context: Colombia and neighbouring countries' },
  departments: { es: 'Departamentos', en: 'Departments' },
  labels: { es: 'Etiquetas', en: 'Labels' },
  municipalities: { es: 'Municipios', en: 'Municipalities' },
  'pdet-subregions': { es: 'Subregiones PDET', en: 'PDET subregions' },
  'pilot-municipalities': { es: 'Municipios piloto', en: 'Pilot municipalities' },
  'zonas-futuro': {
    es: 'Zonas Futuro (aproximación municipal)',
    en: 'Zonas Futuro (municipal approximation)',
  },
};

const PROGRAMME = {
  'pdet-subregions':
    'PDET membership: Decreto 893 de 2017, ART list of the 170 municipalities (MunicipiosPDET).',
  'zonas-futuro':
    'Zonas Futuro: Decreto 2278 de 2019; only Catatumbo (8) and Tumaco are confirmed, other members are unverified candidates.',
  'pilot-municipalities': 'Pilots: bilateral strategy (Tumaco 52835, Cáceres 05120, Sardinata 54720).',
} as const;

/**
 * @example
 * buildManifestLayers(boundary, counts, natural).find((l) => l.id === 'context')?.kind // => 'context'
 */
export function buildManifestLayers(
  boundary: BoundaryDescription,
  counts: Record<GeoLayerId, number>,
  context: BoundaryDescription,
  notes: Partial<Record<GeoLayerId, { es: string; en: string }>> = {},
): ManifestLayer[] {
  return GEO_LAYER_IDS.map((id) => {
    const isContext = id === 'context';
    const described = isContext ? context : boundary;
    const programme = id in PROGRAMME ? ` ${PROGRAMME[id as keyof typeof PROGRAMME]}` : '';
    const layer: ManifestLayer = {
      id,
      file: `${id}.geojson`,
      title: TITLES[id],
      kind: id === 'context' || id === 'departments' || id === 'labels' ? 'context' : 'boundary',
      source: `${described.source}.${programme}`,
      licence: described.licence,
      attribution: described.attribution,
      year: described.year,
      feature_count: counts[id],
      source_packages: described.packages,
      allocation: id === 'zonas-futuro' ? 'approximate' : 'official',
    };
    const note = notes[id];
    return note ? { ...layer, note } : layer;
  });
}
