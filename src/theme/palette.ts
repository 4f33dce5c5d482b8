/**
 * Colours shared by the map style, the on-screen legend and the exported legend, so they always
 * agree. Every colour the style draws comes from here.
 */

/** Sixteen distinguishable hues for the PDET subregions (Tableau 20 subset, colour-blind aware order). */
export const PDET_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#86bcb6',
  '#8cd17d',
  '#a0cbe8',
  '#ffbe7d',
  '#d4a6c8',
  '#b6992d',
  '#79706e',
  '#d37295',
] as const;

export const COLORS = {
  sea: '#cfe0ea',
  land: '#fbfaf6',
  neighbour: '#ebe8e1',
  neighbourOutline: '#b9b3a6',
  department: '#6f6a60',
  municipalityOutline: '#a59f93',
  pdetMunicipality: '#3d6b8f',
  zonaFuturo: '#d35400',
  pilot: '#c2185b',
  hover: '#1f2937',
  selection: '#111827',
  label: '#1f2937',
  labelHalo: '#ffffff',
  /** A zone whose colour is unknown (a subregion missing from the palette map). */
  unknownZone: '#999999',
  rankingOutline: '#4b5563',
  /** Intervention clusters: dark disc, white ring and count. */
  cluster: '#374151',
  clusterText: '#ffffff',
  /** An imported area: light fill under a dashed outline. */
  customAreaFill: '#111827',
  customAreaOutline: '#000000',
  transparent: 'rgba(0,0,0,0)',
} as const;

/** Colour of each subregion, by its position in the name-sorted list. */
export function pdetColorMap(subregionNames: readonly string[]): Map<string, string> {
  const sorted = [...subregionNames].sort((a, b) => a.localeCompare(b, 'es'));
  return new Map(sorted.map((name, index) => [name, PDET_PALETTE[index % PDET_PALETTE.length]]));
}

/** Pillar colours: supply reduction, rural development, environment. */
export const PILLAR_COLORS = { SR: '#d62728', RD: '#2c7fb8', EP: '#2ca02c' } as const;

/**
 * How an intervention point shows its status: planned hollow (white fill), suspended grey; in
 * progress filled with its pillar colour; completed filled with a white ring.
 */
export const STATUS_COLORS = { planned: '#ffffff', suspended: '#9ca3af', completedRing: '#ffffff' } as const;

/**
 * Classes of coca hectares per municipality (choropleth) — lower bounds, inclusive. Shared by the
 * map, the legend and exports so classes are identical everywhere.
 */
export const COCA_MUNICIPAL_CLASSES = [
  { min: 0.01, color: '#fff5d6' },
  { min: 100, color: '#fdd49e' },
  { min: 500, color: '#fc8d59' },
  { min: 2000, color: '#e34a33' },
  { min: 5000, color: '#b30000' },
  { min: 10000, color: '#5c0000' },
] as const;

/** Classes of coca hectares per 1 km cell (estimate points). */
export const COCA_CELL_CLASSES = [
  { min: 0.01, color: '#fdd49e', radius: 2 },
  { min: 5, color: '#fc8d59', radius: 3 },
  { min: 20, color: '#e34a33', radius: 4 },
  { min: 50, color: '#b30000', radius: 5 },
] as const;

/** The class index of a value (−1 when below the first class, i.e. no coca). */
export function classIndex(value: number, classes: readonly { min: number }[]): number {
  let index = -1;
  for (let i = 0; i < classes.length; i++) if (value >= classes[i].min) index = i;
  return index;
}

/** Sequential ramp of the ranking choropleth (light = low), five classes. */
export const RANKING_RAMP = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'] as const;

/**
 * Class lower bounds by quantiles: up to `count` classes over the finite values, the first
 * starting at the minimum; repeated bounds are merged, so fewer classes come back for few
 * distinct values. Empty for no values.
 *
 * @example quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) // [1, 3, 5, 7, 9]
 */
export function quantileBreaks(values: readonly number[], count: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = sorted[Math.floor((i * sorted.length) / count)];
    if (breaks.length === 0 || value > breaks[breaks.length - 1]) breaks.push(value);
  }
  return breaks;
}
