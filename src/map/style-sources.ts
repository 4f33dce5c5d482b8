/**
 * The style's sources: the shipped layers from the app's own `geo/` folder, the two point sources
 * (empty unless an off-screen render inlines their data), an imported area, and the OpenStreetMap
 * raster only when the user opted in. Nothing else: the map works offline.
 */
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import { CUSTOM_AREA_SOURCE, customAreaSource } from './custom-area-layers';

/** Point sources whose data the adapter pushes (never through the style, which stays small). */
export const POINT_SOURCES = ['interventions', 'coca-estimates'] as const;
export type PointData = Partial<Record<(typeof POINT_SOURCES)[number], GeoJSON.FeatureCollection>>;

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface SourcesInput {
  /** Absolute URL of the folder holding the shipped layers, ending in `/`. */
  geoBaseUrl: string;
  /** Attribution per source id, from the manifest. */
  attribution: Partial<Record<string, string>>;
  onlineBasemap: boolean;
  customArea?: GeoJSON.FeatureCollection | null;
  pointData?: PointData;
}

/** @example styleSources({ geoBaseUrl: 'http://127.0.0.1:4173/geo/', attribution: {}, onlineBasemap: false }).municipalities */
export function styleSources(input: SourcesInput): Record<string, SourceSpecification> {
  const source = (file: string, id: string, extra: Record<string, unknown> = {}): SourceSpecification =>
    ({
      type: 'geojson',
      data: `${input.geoBaseUrl}${file}`,
      attribution: input.attribution[id],
      ...extra,
    }) as SourceSpecification;

  const sources: Record<string, SourceSpecification> = {
    context: source('context.geojson', 'context'),
    departments: source('departments.geojson', 'departments'),
    municipalities: source('municipalities.geojson', 'municipalities', { promoteId: 'divipola' }),
    'pdet-subregions': source('pdet-subregions.geojson', 'pdet-subregions'),
    'zonas-futuro': source('zonas-futuro.geojson', 'zonas-futuro'),
    'pilot-municipalities': source('pilot-municipalities.geojson', 'pilot-municipalities'),
    labels: source('labels.geojson', 'labels'),
    interventions: {
      type: 'geojson',
      data: input.pointData?.interventions ?? EMPTY,
      cluster: true,
      clusterRadius: 42,
      clusterMaxZoom: 8,
      promoteId: 'id',
      attribution: input.attribution.interventions,
    } as SourceSpecification,
    'coca-estimates': {
      type: 'geojson',
      data: input.pointData?.['coca-estimates'] ?? EMPTY,
      attribution: input.attribution['coca-estimates'],
    },
  };
  if (input.customArea) sources[CUSTOM_AREA_SOURCE] = customAreaSource(input.customArea);
  if (input.onlineBasemap) {
    sources.osm = {
      type: 'raster',
      tiles: [OSM_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_ATTRIBUTION,
    };
  }
  return sources;
}
