/**
 * A fixed national 1 km grid "in the spirit of SIMCI's national grid, not SIMCI's actual grid".
 * SIMCI's grid lives in a national projection we do not reproduce offline; this one uses the
 * sinusoidal (Sanson-Flamsteed) equal-area projection on a sphere of radius 6,371,008.8 m with
 * central meridian 74° W, origin (74° W, 0°), cells of 1,000 m × 1,000 m in projected metres.
 * Every cell therefore covers exactly 1 km² (on the sphere), so 0–100 ha per cell.
 * Cell id: `${column}_${row}` with column = floor(x / 1000), row = floor(y / 1000) (may be negative).
 */

export const GRID_RADIUS_M = 6_371_008.8;
export const GRID_CENTRAL_MERIDIAN = -74;
export const GRID_CELL_M = 1000;
const DEGREE = Math.PI / 180;

/** Projects lon/lat (degrees) to sinusoidal metres. */
export function projectSinusoidal(lon: number, lat: number): [number, number] {
  const phi = lat * DEGREE;
  return [GRID_RADIUS_M * (lon - GRID_CENTRAL_MERIDIAN) * DEGREE * Math.cos(phi), GRID_RADIUS_M * phi];
}

/** Inverse of projectSinusoidal (valid away from the poles). */
export function unprojectSinusoidal(x: number, y: number): [number, number] {
  const phi = y / GRID_RADIUS_M;
  return [GRID_CENTRAL_MERIDIAN + x / (GRID_RADIUS_M * Math.cos(phi)) / DEGREE, phi / DEGREE];
}

/**
 * Returns the grid cell (column, row) that holds a lon/lat point.
 *
 * @example
 * cellOf(-78.76, 1.8); // [ -525, 200 ] — a cell in Tumaco
 */
export function cellOf(lon: number, lat: number): [number, number] {
  const [x, y] = projectSinusoidal(lon, lat);
  return [Math.floor(x / GRID_CELL_M), Math.floor(y / GRID_CELL_M)];
}

/** Returns the lon/lat of a cell's centroid (centre of the projected square). */
export function cellCentroid(column: number, row: number): [number, number] {
  return unprojectSinusoidal((column + 0.5) * GRID_CELL_M, (row + 0.5) * GRID_CELL_M);
}

/** Returns the id of a cell, e.g. `-525_200`. */
export function cellId(column: number, row: number): string {
  return `${column}_${row}`;
}
