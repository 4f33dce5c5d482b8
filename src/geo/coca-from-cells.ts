import type { CocaCellColumns } from './coca-estimate-columns';
import type { CocaSeries } from './coca-series';

/**
 * Sums coca cells into zones by their centroid's zone (`assignment[cell]`, from `assignZones`
 * over the cell centroids), for zones that are not whole municipalities (drawn or imported
 * areas). A 1 km cell counts wholly in the zone holding its centroid, so edges are approximate
 * to about half a kilometre. Unknown cell values (NaN) are left out; a zone with no cells has 0.
 *
 * @example
 * const zones = assignZones(buildZoneIndex(drawnAreas), cells.lon, cells.lat);
 * const series = cocaFromCells(cells, zones, drawnAreas.features.length);
 */
export function cocaFromCells(cells: CocaCellColumns, assignment: Int32Array, zoneCount: number): CocaSeries {
  const { yearCount } = cells;
  const values = new Float64Array(zoneCount * yearCount);
  for (let cell = 0; cell < cells.count; cell++) {
    const zone = assignment[cell];
    if (zone < 0 || zone >= zoneCount) continue;
    for (let year = 0; year < yearCount; year++) {
      const value = cells.hectares[cell * yearCount + year];
      if (!Number.isNaN(value)) values[zone * yearCount + year] += value;
    }
  }
  return { firstYear: cells.firstYear, yearCount, zoneCount, values };
}
