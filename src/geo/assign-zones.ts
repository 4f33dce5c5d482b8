import Flatbush from 'flatbush';
import { pointInPolygonBand } from './point-in-polygon-band';
import { pointInPolygonRings } from './point-in-polygon-rings';
import type { ZoneIndex } from './zone-index-types';

/** Options for `assignZones`. */
export interface AssignZonesOptions {
  /**
   * `grid` (default): raster lookup, exact test only in edge cells. `tree`: Flatbush over polygon
   * bounds, exact test on every candidate. Both give identical answers; `tree` is the cross-check.
   */
  method?: 'grid' | 'tree';
}

const trees = new WeakMap<ArrayBuffer, Flatbush>();

/**
 * Assigns each point (`lon[i]`, `lat[i]`) to the feature of `index` that contains it and returns
 * an Int32Array of feature indices; points outside every feature get -1 (they stay in the output,
 * to be counted as "outside"). Boundary rule: a point on a boundary is inside (as Turf's
 * `booleanPointInPolygon`); when several features contain a point (shared borders, overlapping
 * drawn areas) the lowest feature index wins.
 *
 * @example
 * const index = buildZoneIndex(municipalities);
 * const zones = assignZones(index, Float64Array.of(-78.76, 0), Float64Array.of(1.8, 0));
 * // Int32Array [k, -1] where features[k] is Tumaco; (0, 0) is in the Atlantic
 */
export function assignZones(
  index: ZoneIndex,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  options: AssignZonesOptions = {},
): Int32Array {
  const result = new Int32Array(lon.length);
  if (options.method === 'tree') assignByTree(index, lon, lat, result);
  else assignByGrid(index, lon, lat, result);
  return result;
}

function assignByGrid(
  index: ZoneIndex,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  out: Int32Array,
): void {
  const { minX, minY, cellSize, columns, rows, cells, gridCandidateStart, gridCandidates, gridFallback } =
    index.grid;
  const feature = index.polygonFeature;
  for (let i = 0; i < out.length; i++) {
    const x = lon[i];
    const y = lat[i];
    const column = Math.floor((x - minX) / cellSize);
    const row = Math.floor((y - minY) / cellSize);
    if (!(column >= 0 && column < columns && row >= 0 && row < rows)) {
      out[i] = -1;
      continue;
    }
    const value = cells[row * columns + column];
    if (value >= -1) {
      out[i] = value;
      continue;
    }
    const list = -value - 2;
    let answer = gridFallback[list];
    for (let k = gridCandidateStart[list]; k < gridCandidateStart[list + 1]; k++) {
      if (pointInPolygonBand(index, gridCandidates[k], row, x, y)) {
        answer = feature[gridCandidates[k]];
        break;
      }
    }
    out[i] = answer;
  }
}

function assignByTree(
  index: ZoneIndex,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  out: Int32Array,
): void {
  let tree = trees.get(index.treeData);
  if (!tree) {
    tree = Flatbush.from(index.treeData);
    trees.set(index.treeData, tree);
  }
  const feature = index.polygonFeature;
  for (let i = 0; i < out.length; i++) {
    const x = lon[i];
    const y = lat[i];
    let best = 0x7fffffff;
    if (index.polygonCount > 0 && !Number.isNaN(x) && !Number.isNaN(y)) {
      for (const polygon of tree.search(x, y, x, y)) {
        if (feature[polygon] < best && pointInPolygonRings(index, polygon, x, y)) best = feature[polygon];
      }
    }
    out[i] = best === 0x7fffffff ? -1 : best;
  }
}
