/** Coca cells in columnar form: `hectares[cell * yearCount + (year - firstYear)]`. */
export interface CocaCellColumns {
  count: number;
  firstYear: number;
  yearCount: number;
  lon: Float64Array;
  lat: Float64Array;
  hectares: Float64Array;
}

/** The columnar fields of `public/geo/coca-estimates.json` that the engine reads. */
export interface CocaEstimatesColumnsFile {
  years: readonly number[];
  lon: readonly number[];
  lat: readonly number[];
  hectares: readonly (readonly number[])[];
}

/**
 * Converts the shipped coca-estimate file (parallel columns, one hectares list per cell) into
 * `CocaCellColumns`. Missing years of a cell are NaN (unknown).
 *
 * @example
 * const cells = cocaEstimateColumns(await loadJson('geo/coca-estimates.json'));
 * const series = cocaFromCells(cells, assignZones(drawnIndex, cells.lon, cells.lat), drawn.features.length);
 */
export function cocaEstimateColumns(file: CocaEstimatesColumnsFile): CocaCellColumns {
  const count = file.lon.length;
  const yearCount = file.years.length;
  const hectares = new Float64Array(count * yearCount).fill(Number.NaN);
  for (let cell = 0; cell < count; cell++) {
    const values = file.hectares[cell] ?? [];
    for (let year = 0; year < Math.min(yearCount, values.length); year++) {
      hectares[cell * yearCount + year] = values[year];
    }
  }
  return {
    count,
    firstYear: file.years[0] ?? 0,
    yearCount,
    lon: Float64Array.from(file.lon),
    lat: Float64Array.from(file.lat),
    hectares,
  };
}
