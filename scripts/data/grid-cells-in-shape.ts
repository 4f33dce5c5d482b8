/**
 * Enumerates the 1 km grid cells (see grid.ts) whose centroid, rounded to 5 decimals as shipped,
 * the engine assigns to a municipality.
 */
import { cellCentroid, GRID_CELL_M, projectSinusoidal } from './grid.ts';
import { type MunicipalityShape, pointsInShape } from './municipality-shapes.ts';

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
 * Returns the cells whose rounded centroid lies in `shape`, ordered by row then column.
 *
 * @example
 * gridCellsInShape(tumaco).length; // about the polygon's area in km² (≈ 3,600)
 */
export function gridCellsInShape(shape: MunicipalityShape): GridCell[] {
  const [west, south, east, north] = shape.bbox;
  // The bbox's extremes in the projection: x also depends on latitude (cos φ is largest nearest 0°).
  const latitudes = [south, north, Math.min(Math.max(0, south), north)];
  const corners = [west, east].flatMap((lon) => latitudes.map((lat) => projectSinusoidal(lon, lat)));
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  // One cell of margin: edges are straight in degrees, slightly curved in the projection.
  const firstColumn = Math.floor(Math.min(...xs) / GRID_CELL_M) - 1;
  const lastColumn = Math.floor(Math.max(...xs) / GRID_CELL_M) + 1;
  const firstRow = Math.floor(Math.min(...ys) / GRID_CELL_M) - 1;
  const lastRow = Math.floor(Math.max(...ys) / GRID_CELL_M) + 1;
  const candidates: GridCell[] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    for (let column = firstColumn; column <= lastColumn; column++) {
      const [lon, lat] = cellCentroid(column, row);
      candidates.push({ column, row, lon: round5(lon), lat: round5(lat) });
    }
  }
  const kept = pointsInShape(
    shape,
    candidates.map((cell) => cell.lon),
    candidates.map((cell) => cell.lat),
  );
  return kept.map((position) => candidates[position]);
}
