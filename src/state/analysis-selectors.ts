/**
 * Derived analysis data for the map and the panels: pure functions, memoised on the identity of
 * their inputs (the store replaces, never mutates, what they read).
 */
import type { CocaCells } from '../io/load-analysis-data';
import type { InterventionFeature } from '../io/schemas';

let lastCollection: {
  features: readonly InterventionFeature[];
  indices: Uint32Array;
  value: GeoJSON.FeatureCollection;
} | null = null;

/** The filtered interventions as a FeatureCollection for the map (same objects, no copies). */
export function filteredCollection(
  features: readonly InterventionFeature[],
  indices: Uint32Array,
): GeoJSON.FeatureCollection {
  if (lastCollection?.features === features && lastCollection.indices === indices)
    return lastCollection.value;
  const selected: GeoJSON.Feature[] = new Array(indices.length);
  for (let i = 0; i < indices.length; i++) selected[i] = features[indices[i]] as unknown as GeoJSON.Feature;
  const value: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: selected };
  lastCollection = { features, indices, value };
  return value;
}

const cellCollections = new WeakMap<CocaCells, GeoJSON.FeatureCollection>();

/**
 * The coca cells as points with one property per year (`y2015` … `y2024`) and the cell's
 * municipality, as the map's expressions read them.
 *
 * @example cocaCellsCollection(cells).features[0].properties // { divipola: '05031', y2015: 0, … }
 */
export function cocaCellsCollection(cells: CocaCells): GeoJSON.FeatureCollection {
  const cached = cellCollections.get(cells);
  if (cached) return cached;
  const features: GeoJSON.Feature[] = cells.lon.map((lon, i) => {
    const properties: Record<string, string | number> = { divipola: cells.divipola[i] };
    cells.years.forEach((year, y) => {
      properties[`y${year}`] = cells.hectares[i][y];
    });
    return { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, cells.lat[i]] }, properties };
  });
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  cellCollections.set(cells, collection);
  return collection;
}

/** Official hectares per municipality in one year (municipalities without a figure are left out). */
export function cocaForYear(
  table: { years: readonly number[]; rows: Readonly<Record<string, readonly (number | null)[]>> },
  year: number,
): Record<string, number> {
  const index = table.years.indexOf(year);
  const result: Record<string, number> = {};
  if (index < 0) return result;
  for (const [code, values] of Object.entries(table.rows)) {
    const value = values[index];
    if (value !== null && value !== undefined && value > 0) result[code] = value;
  }
  return result;
}

/** The national series: the sum of every municipality per year (null values left out). */
export function nationalCocaSeries(table: {
  years: readonly number[];
  rows: Readonly<Record<string, readonly (number | null)[]>>;
}): number[] {
  const sums = table.years.map(() => 0);
  for (const values of Object.values(table.rows)) {
    values.forEach((value, index) => {
      if (value !== null) sums[index] += value;
    });
  }
  return sums.map((sum) => Math.round(sum * 100) / 100);
}
