/**
 * Colours shared by the map style and the legend, so the two always agree.
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
} as const;

/** Colour of each subregion, by its position in the name-sorted list. */
export function pdetColorMap(subregionNames: readonly string[]): Map<string, string> {
  const sorted = [...subregionNames].sort((a, b) => a.localeCompare(b, 'es'));
  return new Map(sorted.map((name, index) => [name, PDET_PALETTE[index % PDET_PALETTE.length]]));
}
