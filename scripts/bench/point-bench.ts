import type { FeatureCollection, Geometry } from 'geojson';
import { assignZones } from '../../src/geo/assign-zones';
import { buildZoneIndex } from '../../src/geo/build-zone-index';
import { seededRandom } from '../../src/geo/seeded-random';
import { measure } from './measure';
import { naiveAssign } from './naive-assign';

/** Mainland Colombia's bounding box (lon/lat), where the random points fall. */
export const COLOMBIA_BBOX = [-79.1, -4.3, -66.8, 12.6] as const;

export interface PointBenchLine {
  layer: string;
  points: number;
  polygons: number;
  method: 'grid' | 'flatbush' | 'naive-turf';
  points_per_second: number;
  ratio_vs_naive: number;
  identical: boolean;
  /** Human notes (extrapolation, subsample size); not part of the JSON line. */
  note: string;
}

/** Seeded random points over Colombia's bbox; smaller sets are prefixes of larger ones. */
export function randomPoints(count: number, seed: number): { lon: Float64Array; lat: Float64Array } {
  const random = seededRandom(seed);
  const [minX, minY, maxX, maxY] = COLOMBIA_BBOX;
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lon[i] = minX + random() * (maxX - minX);
    lat[i] = minY + random() * (maxY - minY);
  }
  return { lon, lat };
}

/**
 * Benchmarks one zone layer: builds the index, times the naive Turf loop on a subsample (its
 * rate is extrapolated to the larger sets) and the grid and flatbush paths on every size, and
 * checks grid = flatbush = naive on the subsample and grid = flatbush on every point.
 */
export function benchLayer(
  layer: string,
  zones: FeatureCollection<Geometry | null>,
  sizes: readonly number[],
  options: { naiveSample: number; seed: number },
): { lines: PointBenchLine[]; buildMs: number } {
  const all = randomPoints(Math.max(...sizes), options.seed);
  const start = performance.now();
  const index = buildZoneIndex(zones);
  const buildMs = performance.now() - start;
  const sample = {
    lon: all.lon.subarray(0, options.naiveSample),
    lat: all.lat.subarray(0, options.naiveSample),
  };
  const naiveStart = performance.now();
  const naive = naiveAssign(zones, sample.lon, sample.lat);
  const naiveRate = options.naiveSample / ((performance.now() - naiveStart) / 1000);
  const polygons = zones.features.length;
  const lines: PointBenchLine[] = [
    {
      layer,
      points: options.naiveSample,
      polygons,
      method: 'naive-turf',
      points_per_second: naiveRate,
      ratio_vs_naive: 1,
      identical: true,
      note: 'turf.pointsWithinPolygon per zone, measured once',
    },
  ];
  const sampleGrid = assignZones(index, sample.lon, sample.lat);
  const sampleTree = assignZones(index, sample.lon, sample.lat, { method: 'tree' });
  const sampleIdentical = equal(sampleGrid, naive) && equal(sampleTree, naive);
  for (const size of sizes) {
    const lon = all.lon.subarray(0, size);
    const lat = all.lat.subarray(0, size);
    const runs = size >= 1_000_000 ? 2 : 5;
    const grid = measure(() => assignZones(index, lon, lat), runs);
    const tree = measure(() => assignZones(index, lon, lat, { method: 'tree' }), runs);
    const identical = sampleIdentical && equal(grid.result, tree.result);
    const note =
      size > options.naiveSample
        ? `naive rate extrapolated from ${options.naiveSample.toLocaleString('en')} points`
        : 'naive measured on these points';
    for (const [method, timing] of [
      ['grid', grid],
      ['flatbush', tree],
    ] as const) {
      const rate = size / (timing.ms / 1000);
      lines.push({
        layer,
        points: size,
        polygons,
        method,
        points_per_second: rate,
        ratio_vs_naive: rate / naiveRate,
        identical,
        note,
      });
    }
  }
  return { lines, buildMs };
}

function equal(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
