import type { CocaCell } from '../io/schemas';

/** Coca cells in columnar form: `hectares[cell * yearCount + (year - firstYear)]`. */
export interface CocaCellColumns {
  count: number;
  firstYear: number;
  yearCount: number;
  lon: Float64Array;
  lat: Float64Array;
  hectares: Float64Array;
}

/**
 * Converts validated coca cells (centroid + hectares per year) into columns. Cells with fewer
 * years than the longest are padded with NaN (unknown).
 *
 * @example
 * const columns = cocaCellColumns(cells, { firstYear: COCA_CELL_FIRST_YEAR });
 * columns.hectares[0]; // cell 0, first year
 */
export function cocaCellColumns(cells: readonly CocaCell[], options: { firstYear: number }): CocaCellColumns {
  const yearCount = cells.reduce((most, cell) => Math.max(most, cell.hectares.length), 0);
  const hectares = new Float64Array(cells.length * yearCount).fill(Number.NaN);
  cells.forEach((cell, i) => {
    hectares.set(cell.hectares, i * yearCount);
  });
  return {
    count: cells.length,
    firstYear: options.firstYear,
    yearCount,
    lon: Float64Array.from(cells, (cell) => cell.lon),
    lat: Float64Array.from(cells, (cell) => cell.lat),
    hectares,
  };
}
