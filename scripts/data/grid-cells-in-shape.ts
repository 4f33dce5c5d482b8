/**
 * Enumerates the 1 km grid cells (see grid.ts) whose centroid, rounded to 5 decimals as shipped,
 * lies inside a municipality shape.
 */
import { cellCentroid, GRID_CELL_M, projectSinusoidal } from './grid.ts';
import { type MunicipalityShape, shapeContains } from './municipality-shapes.ts';

export interface GridCell {
  column: number;
  row: number;
  /** Centroid in degrees, rounded to 5 decimals. */
  lon: number;
  lat: number;
}

/** Rounds to 5 decimals (about 1 m), the precision of every shipped coordinate. */
export function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/**
 * Returns the cells whose rounded centroid is inside `shape`, ordered by row then column.
 *
 * @example
 * gridCellsInShape(tumaco).length; // about the polygon's area in km²
 */
export function gridCellsInShape(shape: MunicipalityShape): GridCell[] {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const ring of shape.rings) {
    for (let index = 0; index < ring.length; index += 2) {
      const [x, y] = projectSinusoidal(ring[index], ring[index + 1]);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  // One cell of margin: edges are straight in degrees, slightly curved in the projection.
  const firstColumn = Math.floor(minX / GRID_CELL_M) - 1;
  const lastColumn = Math.floor(maxX / GRID_CELL_M) + 1;
  const firstRow = Math.floor(minY / GRID_CELL_M) - 1;
  const lastRow = Math.floor(maxY / GRID_CELL_M) + 1;
  const cells: GridCell[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      const [lon, lat] = cellCentroid(column, row);
      const roundedLon = round5(lon);
      const roundedLat = round5(lat);
      if (shapeContains(shape, roundedLon, roundedLat))
        cells.push({ column, row, lon: roundedLon, lat: roundedLat });
    }
  }
  return cells;
}
