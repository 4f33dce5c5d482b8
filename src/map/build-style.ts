/**
 * Builds the whole MapLibre style from plain state: sources come only from the app's own
 * `geo/` files, unless the user opted into the online basemap. Pure, so it is tested in node and
 * the adapter applies it with a diff (`setStyle(style, { diff: true })`).
 *
 * No `glyphs` URL: MapLibre ≥ 5.11 renders label glyphs locally with the browser's fonts, which
 * keeps labels working offline.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { ZoneRef } from '../analysis/zone-layers';
import { COCA_CELL_FIRST_YEAR } from '../io/schemas';
import type { ToggleLayerId } from '../state/layers';
import {
  COCA_CELL_CLASSES,
  COCA_MUNICIPAL_CLASSES,
  COLORS,
  classIndex,
  PILLAR_COLORS,
  pdetColorMap,
} from '../theme/palette';
import { CUSTOM_AREA_SOURCE, customAreaLayers, customAreaSource } from './custom-area-layers';

export interface StyleInput {
  /** Absolute URL of the folder holding the shipped layers, ending in `/`. */
  geoBaseUrl: string;
  visible: Record<ToggleLayerId, boolean>;
  opacity: Record<ToggleLayerId, number>;
  onlineBasemap: boolean;
  selection: ZoneRef | null;
  pdetSubregions: readonly string[];
  /** Attribution per source id, from the manifest. */
  attribution: Partial<Record<string, string>>;
  /** Official coca hectares per municipality (DIVIPOLA) in the chosen year, for the choropleth. */
  cocaByMunicipality?: Readonly<Record<string, number>>;
  /** The chosen coca year (estimate points carry one property `y<year>` per year). */
  cocaYear?: number;
  /** The ranking metric per zone of the ranking layer, in classes (see state/ranking-choropleth). */
  rankingChoropleth?: {
    layer: ZoneRef['layer'];
    classes: readonly { min: number; color: string }[];
    values: Readonly<Record<string, number>>;
  } | null;
  /** An imported area (small, inlined as a source), outlined above the zone layers. */
  customArea?: GeoJSON.FeatureCollection | null;
  /** Id of the selected intervention, outlined on the map. */
  selectedIntervention?: string | null;
  /**
   * Point data inlined in the style, for off-screen renders (exports) that have no adapter to push
   * it. The on-screen map leaves this out and pushes data through the adapter.
   */
  pointData?: Partial<Record<(typeof POINT_SOURCES)[number], GeoJSON.FeatureCollection>>;
}

/** Point sources whose data the adapter pushes (never through the style, which stays small). */
export const POINT_SOURCES = ['interventions', 'coca-estimates'] as const;
export const INTERVENTION_LAYERS = ['interventions-clusters', 'interventions-points'] as const;
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/** The layer that answers hover and click (every municipality polygon). */
export const HIT_LAYER = 'municipalities-hit';

const FONT = ['DejaVu Sans', 'Liberation Sans', 'Arial', 'sans-serif'];

export function buildStyle(input: StyleInput): StyleSpecification {
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

  const visibility = (id: ToggleLayerId) => (input.visible[id] ? 'visible' : 'none') as 'visible' | 'none';
  const opacity = (id: ToggleLayerId, factor = 1) => round(input.opacity[id] * factor);
  const colors = pdetColorMap(input.pdetSubregions);
  const subregionColor = matchColor(['get', 'name'], colors);
  const municipalitySubregionColor = matchColor(['coalesce', ['get', 'pdet_subregion'], ''], colors);
  const isPdet: FilterSpecification = ['!=', ['get', 'pdet_subregion'], null];
  const isZonaMember: FilterSpecification = ['!=', ['get', 'zona_futuro'], null];

  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
    {
      id: 'context-land',
      type: 'fill',
      source: 'context',
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'colombia', COLORS.land, COLORS.neighbour],
        'fill-outline-color': COLORS.neighbourOutline,
      },
    },
  ];
  if (input.onlineBasemap) {
    layers.push({ id: 'osm', type: 'raster', source: 'osm', paint: { 'raster-opacity': 0.85 } });
  }
  layers.push(
    cocaChoropleth(input),
    {
      id: 'pdet-subregions-fill',
      type: 'fill',
      source: 'pdet-subregions',
      layout: { visibility: visibility('pdet-subregions') },
      paint: { 'fill-color': subregionColor, 'fill-opacity': opacity('pdet-subregions') },
    },
    {
      id: 'pdet-municipalities-fill',
      type: 'fill',
      source: 'municipalities',
      filter: isPdet,
      layout: { visibility: visibility('pdet-municipalities') },
      paint: {
        'fill-color': municipalitySubregionColor,
        'fill-opacity': opacity('pdet-municipalities', 0.6),
      },
    },
    // Above the PDET fills so its classes read true.
    rankingChoropleth(input),
    {
      id: HIT_LAYER,
      type: 'fill',
      source: 'municipalities',
      paint: {
        'fill-color': COLORS.hover,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.18, 0],
      },
    },
    {
      id: 'municipalities-outline',
      type: 'line',
      source: 'municipalities',
      minzoom: 6,
      paint: { 'line-color': COLORS.municipalityOutline, 'line-width': 0.5, 'line-opacity': 0.8 },
    },
    {
      id: 'pdet-municipalities-outline',
      type: 'line',
      source: 'municipalities',
      filter: isPdet,
      layout: { visibility: visibility('pdet-municipalities') },
      paint: {
        'line-color': COLORS.pdetMunicipality,
        'line-width': 0.8,
        'line-opacity': opacity('pdet-municipalities'),
      },
    },
    {
      id: 'pdet-subregions-outline',
      type: 'line',
      source: 'pdet-subregions',
      layout: { visibility: visibility('pdet-subregions') },
      paint: {
        'line-color': subregionColor,
        'line-width': 1.6,
        'line-opacity': Math.min(1, opacity('pdet-subregions', 2)),
      },
    },
    {
      id: 'departments-line',
      type: 'line',
      source: 'departments',
      layout: { visibility: visibility('departments') },
      paint: {
        'line-color': COLORS.department,
        'line-width': 0.9,
        'line-opacity': opacity('departments', 0.7),
      },
    },
    {
      id: 'zonas-futuro-fill',
      type: 'fill',
      source: 'zonas-futuro',
      layout: { visibility: visibility('zonas-futuro') },
      paint: { 'fill-color': COLORS.zonaFuturo, 'fill-opacity': opacity('zonas-futuro', 0.18) },
    },
    {
      id: 'zonas-futuro-members-verified',
      type: 'line',
      source: 'municipalities',
      filter: ['all', isZonaMember, ['==', ['get', 'zf_verified'], true]],
      layout: { visibility: visibility('zonas-futuro') },
      paint: { 'line-color': COLORS.zonaFuturo, 'line-width': 1, 'line-opacity': opacity('zonas-futuro') },
    },
    {
      id: 'zonas-futuro-members-candidate',
      type: 'line',
      source: 'municipalities',
      filter: ['all', isZonaMember, ['!=', ['get', 'zf_verified'], true]],
      layout: { visibility: visibility('zonas-futuro') },
      paint: {
        'line-color': COLORS.zonaFuturo,
        'line-width': 1,
        'line-dasharray': [1, 2],
        'line-opacity': opacity('zonas-futuro'),
      },
    },
    {
      id: 'zonas-futuro-outline',
      type: 'line',
      source: 'zonas-futuro',
      layout: { visibility: visibility('zonas-futuro') },
      paint: {
        'line-color': COLORS.zonaFuturo,
        'line-width': 2.4,
        'line-dasharray': [3, 1.5],
        'line-opacity': opacity('zonas-futuro'),
      },
    },
    {
      id: 'pilot-municipalities-fill',
      type: 'fill',
      source: 'pilot-municipalities',
      layout: { visibility: visibility('pilot-municipalities') },
      paint: { 'fill-color': COLORS.pilot, 'fill-opacity': opacity('pilot-municipalities', 0.45) },
    },
    {
      id: 'pilot-municipalities-outline',
      type: 'line',
      source: 'pilot-municipalities',
      layout: { visibility: visibility('pilot-municipalities') },
      paint: { 'line-color': COLORS.pilot, 'line-width': 3, 'line-opacity': opacity('pilot-municipalities') },
    },
    ...(input.customArea ? customAreaLayers() : []),
    ...selectionLayers(input.selection),
    ...cocaEstimateLayers(input),
    ...interventionLayers(input),
    ...labelLayers(input),
  );
  return { version: 8, name: 'Intervention Atlas (offline)', sources, layers };
}

/**
 * A `match` colour expression that puts each feature (by the value of property `key`) in its
 * class; features without a value, or below the first class, stay transparent.
 */
function classColor(
  key: string,
  values: Readonly<Record<string, number>>,
  classes: readonly { min: number; color: string }[],
): ExpressionSpecification {
  const byClass: string[][] = classes.map(() => []);
  for (const [id, value] of Object.entries(values).sort()) {
    const index = classIndex(value, classes);
    if (index >= 0) byClass[index].push(id);
  }
  const arms = byClass.flatMap((ids, index) => (ids.length > 0 ? [ids, classes[index].color] : []));
  return (arms.length > 0
    ? ['match', ['get', key], ...arms, 'rgba(0,0,0,0)']
    : 'rgba(0,0,0,0)') as unknown as ExpressionSpecification;
}

function cocaChoropleth(input: StyleInput): LayerSpecification {
  const color = classColor('divipola', input.cocaByMunicipality ?? {}, COCA_MUNICIPAL_CLASSES);
  return {
    id: 'coca-choropleth',
    type: 'fill',
    source: 'municipalities',
    layout: { visibility: input.visible['coca-choropleth'] ? 'visible' : 'none' },
    paint: { 'fill-color': color, 'fill-opacity': round(input.opacity['coca-choropleth']) },
  };
}

function rankingChoropleth(input: StyleInput): LayerSpecification {
  const choropleth = input.rankingChoropleth;
  const layer = choropleth?.layer ?? 'pdet-subregions';
  const source = layer === 'municipalities' ? 'municipalities' : layer;
  const key = layer === 'municipalities' || layer === 'pilot-municipalities' ? 'divipola' : 'name';
  const color = classColor(key, choropleth?.values ?? {}, choropleth?.classes ?? []);
  return {
    id: 'ranking-choropleth',
    type: 'fill',
    source,
    layout: { visibility: input.visible['ranking-choropleth'] && choropleth ? 'visible' : 'none' },
    paint: {
      'fill-color': color,
      'fill-opacity': round(input.opacity['ranking-choropleth']),
      'fill-outline-color': '#4b5563',
    },
  };
}

function cocaEstimateLayers(input: StyleInput): LayerSpecification[] {
  const visibility = input.visible['coca-estimates'] ? 'visible' : 'none';
  // The cells cover 2015–2024 only; earlier years show 2015 (the legend says which year is drawn).
  const year = Math.max(COCA_CELL_FIRST_YEAR, input.cocaYear ?? 2023);
  const value: ExpressionSpecification = ['coalesce', ['get', `y${year}`], 0];
  const opacity = round(input.opacity['coca-estimates']);
  return [
    {
      id: 'coca-estimates-heat',
      type: 'heatmap',
      source: 'coca-estimates',
      maxzoom: 8,
      filter: ['>', value, 0],
      layout: { visibility },
      paint: {
        'heatmap-weight': ['/', value, 100],
        'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 2],
        'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 4, 4, 8, 12],
        'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, opacity, 8, 0],
        'heatmap-color': [
          'interpolate',
          ['linear'],
          ['heatmap-density'],
          0,
          'rgba(0,0,0,0)',
          0.2,
          COCA_CELL_CLASSES[0].color,
          0.5,
          COCA_CELL_CLASSES[1].color,
          0.8,
          COCA_CELL_CLASSES[2].color,
          1,
          COCA_CELL_CLASSES[3].color,
        ],
      },
    },
    {
      id: 'coca-estimates-dots',
      type: 'circle',
      source: 'coca-estimates',
      minzoom: 6.5,
      filter: ['>', value, 0],
      layout: { visibility },
      paint: {
        'circle-color': stepByClass(
          value,
          COCA_CELL_CLASSES.map((c) => c.color),
        ),
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6.5,
          1.5,
          11,
          stepByClass(
            value,
            COCA_CELL_CLASSES.map((c) => c.radius * 2),
          ),
        ],
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 0, 7.5, opacity],
      },
    },
  ];
}

function stepByClass(value: ExpressionSpecification, outputs: (string | number)[]): ExpressionSpecification {
  const stops = COCA_CELL_CLASSES.slice(1).flatMap((c, index) => [c.min, outputs[index + 1]]);
  return ['step', value, outputs[0], ...stops] as unknown as ExpressionSpecification;
}

function interventionLayers(input: StyleInput): LayerSpecification[] {
  const visibility = input.visible.interventions ? 'visible' : 'none';
  const opacity = round(input.opacity.interventions);
  const pillarColor = [
    'match',
    ['get', 'pillar'],
    'SR',
    PILLAR_COLORS.SR,
    'RD',
    PILLAR_COLORS.RD,
    PILLAR_COLORS.EP,
  ];
  const isCluster: FilterSpecification = ['has', 'point_count'];
  const layers: LayerSpecification[] = [
    {
      id: 'interventions-clusters',
      type: 'circle',
      source: 'interventions',
      filter: isCluster,
      layout: { visibility },
      paint: {
        'circle-color': '#374151',
        'circle-opacity': opacity * 0.8,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-radius': ['step', ['get', 'point_count'], 10, 25, 14, 100, 18, 500, 24],
      },
    },
    {
      id: 'interventions-cluster-count',
      type: 'symbol',
      source: 'interventions',
      filter: isCluster,
      layout: {
        visibility,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT,
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'interventions-points',
      type: 'circle',
      source: 'interventions',
      filter: ['!', isCluster],
      layout: { visibility },
      paint: {
        // planned: hollow; in progress: filled; completed: filled, white ring; suspended: grey.
        'circle-color': [
          'match',
          ['get', 'status'],
          'planned',
          '#ffffff',
          'suspended',
          '#9ca3af',
          pillarColor,
        ] as unknown as ExpressionSpecification,
        'circle-stroke-color': [
          'match',
          ['get', 'status'],
          'completed',
          '#ffffff',
          pillarColor,
        ] as unknown as ExpressionSpecification,
        'circle-stroke-width': ['match', ['get', 'status'], 'planned', 2, 'suspended', 2, 1.2],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6],
        'circle-opacity': opacity,
        'circle-stroke-opacity': opacity,
      },
    },
  ];
  if (input.selectedIntervention) {
    layers.push({
      id: 'interventions-selected',
      type: 'circle',
      source: 'interventions',
      filter: ['==', ['get', 'id'], input.selectedIntervention],
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': COLORS.selection,
        'circle-stroke-width': 3,
      },
    });
  }
  return layers;
}

function selectionLayers(selection: ZoneRef | null): LayerSpecification[] {
  if (!selection) return [];
  const source = selection.layer === 'pilot-municipalities' ? 'municipalities' : selection.layer;
  const key = source === 'municipalities' ? 'divipola' : 'name';
  return [
    {
      id: 'selection-outline',
      type: 'line',
      source,
      filter: ['==', ['get', key], selection.id],
      paint: { 'line-color': COLORS.selection, 'line-width': 3.5 },
    },
  ];
}

function labelLayers(input: StyleInput): LayerSpecification[] {
  const label = (
    id: string,
    layer: string,
    minzoom: number,
    maxzoom: number,
    size: number,
    visible = true,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source: 'labels',
    minzoom,
    maxzoom,
    filter: ['==', ['get', 'layer'], layer],
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['get', 'name'],
      'text-font': FONT,
      'text-size': size,
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
  });
  return [
    label('labels-municipalities', 'municipalities', 7.5, 24, 11),
    label('labels-pdet', 'pdet-subregions', 4, 7.5, 12, input.visible['pdet-subregions']),
    label('labels-zonas-futuro', 'zonas-futuro', 4, 7.5, 12, input.visible['zonas-futuro']),
    label('labels-pilots', 'pilot-municipalities', 4, 7.5, 13, input.visible['pilot-municipalities']),
  ];
}

/** A `match` expression from a name → colour map (a plain colour when the map is empty). */
function matchColor(
  input: ExpressionSpecification,
  colors: Map<string, string>,
): ExpressionSpecification | string {
  if (colors.size === 0) return '#999999';
  return ['match', input, ...[...colors].flat(), '#999999'] as unknown as ExpressionSpecification;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
