/**
 * The intervention layers of the style: clusters with their counts when zoomed out, then one
 * point per intervention coloured by pillar with its status in the fill and ring (planned hollow,
 * suspended grey, completed ringed white), and the selected intervention outlined.
 *
 * @example interventionLayers({ visible, opacity, selectedIntervention: 'INT-00042' }).at(-1)?.id // 'interventions-selected'
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { COLORS, PILLAR_COLORS, STATUS_COLORS } from '../theme/palette';
import { LABEL_FONT, round, type ToggleInput } from './style-expressions';

/** The layers that answer clicks on interventions. */
export const INTERVENTION_LAYERS = ['interventions-clusters', 'interventions-points'] as const;

export interface InterventionLayersInput extends ToggleInput {
  /** Id of the selected intervention, outlined on the map. */
  selectedIntervention?: string | null;
}

const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];

export function interventionLayers(input: InterventionLayersInput): LayerSpecification[] {
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
  const layers: LayerSpecification[] = [
    {
      id: 'interventions-clusters',
      type: 'circle',
      source: 'interventions',
      filter: IS_CLUSTER,
      layout: { visibility },
      paint: {
        'circle-color': COLORS.cluster,
        'circle-opacity': opacity * 0.8,
        'circle-stroke-color': COLORS.clusterText,
        'circle-stroke-width': 1.5,
        'circle-radius': ['step', ['get', 'point_count'], 10, 25, 14, 100, 18, 500, 24],
      },
    },
    {
      id: 'interventions-cluster-count',
      type: 'symbol',
      source: 'interventions',
      filter: IS_CLUSTER,
      layout: {
        visibility,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': COLORS.clusterText },
    },
    {
      id: 'interventions-points',
      type: 'circle',
      source: 'interventions',
      filter: ['!', IS_CLUSTER],
      layout: { visibility },
      paint: {
        'circle-color': [
          'match',
          ['get', 'status'],
          'planned',
          STATUS_COLORS.planned,
          'suspended',
          STATUS_COLORS.suspended,
          pillarColor,
        ] as unknown as ExpressionSpecification,
        'circle-stroke-color': [
          'match',
          ['get', 'status'],
          'completed',
          STATUS_COLORS.completedRing,
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
        'circle-color': COLORS.transparent,
        'circle-stroke-color': COLORS.selection,
        'circle-stroke-width': 3,
      },
    });
  }
  return layers;
}
