import Flatbush from 'flatbush';
import type { FeatureCollection, Geometry } from 'geojson';
import { buildZoneGrid, type ZoneGridOptions } from './build-zone-grid';
import { flattenPolygons } from './flatten-polygons';
import type { ZoneIndex } from './zone-index-types';

/**
 * Builds a point-in-zone index for a polygon layer (municipalities, PDET subregions, a drawn
 * area…): rings flattened into typed arrays, a Flatbush tree over polygon bounds and a raster
 * lookup grid (see `buildZoneGrid`). The result holds only numbers and typed arrays, so a worker
 * can build it once and keep or post it. Feature indices in the answers are positions in
 * `collection.features`.
 *
 * @example
 * const index = buildZoneIndex(municipalities, { cellSize: 0.02 });
 * const zone = assignZones(index, Float64Array.of(-78.76), Float64Array.of(1.8)); // Int32Array [k]
 */
export function buildZoneIndex(
  collection: FeatureCollection<Geometry | null>,
  options: ZoneGridOptions = {},
): ZoneIndex {
  const flat = flattenPolygons(collection);
  const tree = new Flatbush(Math.max(1, flat.polygonCount));
  for (let p = 0; p < flat.polygonCount; p++) {
    const b = flat.polygonBounds;
    tree.add(b[4 * p], b[4 * p + 1], b[4 * p + 2], b[4 * p + 3]);
  }
  if (flat.polygonCount === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return { ...flat, treeData: tree.data as ArrayBuffer, grid: buildZoneGrid(flat, options) };
}
