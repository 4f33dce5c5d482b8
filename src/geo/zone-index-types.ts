/**
 * The shape of a point-in-zone index: plain numbers and typed arrays only, so it can be built
 * once in a worker, posted (or transferred) and used without rebuilding. Built by
 * `buildZoneIndex`, read by `assignZones`.
 *
 * Invariants:
 * - polygon `p` belongs to feature `polygonFeature[p]`; its rings are `polygonRingStart[p]` up to
 *   `polygonRingStart[p + 1]`; ring `r`'s vertices are `ringStart[r]` up to `ringStart[r + 1]`
 *   (vertex `v` is `coords[2v], coords[2v + 1]`); every ring is closed (last vertex = first).
 * - grid cell value `v >= 0`: the whole cell is inside feature `v` (the lowest such feature index);
 *   `v === -1`: no polygon touches the cell; `v <= -2`: an edge cell, whose candidate polygons are
 *   `gridCandidates[gridCandidateStart[-v - 2] .. gridCandidateStart[-v - 1]]` (sorted by feature)
 *   and whose answer when no candidate contains the point is `gridFallback[-v - 2]`.
 */
export interface ZoneIndex {
  featureCount: number;
  polygonCount: number;
  polygonFeature: Int32Array;
  polygonRingStart: Int32Array;
  ringStart: Int32Array;
  coords: Float64Array;
  /** minX, minY, maxX, maxY per ring (4 numbers each). */
  ringBounds: Float64Array;
  /** minX, minY, maxX, maxY per polygon (4 numbers each). */
  polygonBounds: Float64Array;
  /** Flatbush over polygon bounds (`Flatbush.from(treeData)`), ids = polygon indices. */
  treeData: ArrayBuffer;
  grid: ZoneGrid;
}

/** The raster lookup grid of a `ZoneIndex`. */
export interface ZoneGrid {
  minX: number;
  minY: number;
  cellSize: number;
  columns: number;
  rows: number;
  cells: Int32Array;
  gridCandidateStart: Int32Array;
  gridCandidates: Int32Array;
  gridFallback: Int32Array;
  /**
   * Segment bands for the exact test (`buildSegmentBands`): polygon `p`, grid row `r` →
   * `bandSegments[bandStart[b] .. bandStart[b + 1]]` with `b = polygonBandBase[p] + r − polygonRow0[p]`;
   * each entry is the first vertex `v` of segment `v → v + 1`.
   */
  polygonRow0: Int32Array;
  polygonBandBase: Int32Array;
  bandStart: Int32Array;
  bandSegments: Int32Array;
}

/** The flattened rings of a polygon layer, before the grid and tree are added. */
export type FlatPolygons = Omit<ZoneIndex, 'treeData' | 'grid'>;
