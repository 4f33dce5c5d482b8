/**
 * The camera that fits a [west, south, east, north] box into a map of a given CSS size, in Web
 * Mercator with MapLibre's 512 px world at zoom 0 (the same fit as `map.cameraForBounds` with
 * bearing 0). Used by the per-zone batch export, where no on-screen map exists for the zone.
 */
import type { MapCamera, Size } from './types';

export type BBox = [number, number, number, number];

export interface CameraForBBoxOptions {
  /** Free space on every side, in CSS pixels (default 20). */
  padding?: number;
  /** Upper zoom bound, also used for a box of zero size (default 16). */
  maxZoom?: number;
}

const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

/** Longitude to Mercator x in [0, 1]. */
export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

/** Latitude to Mercator y in [0, 1] (north at 0). */
export function mercatorY(latitude: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/**
 * @example
 * cameraForBBox([-79, -4.3, -66.8, 12.6], { width: 1000, height: 800 });
 * // { center: [-72.9, 4.12…], zoom: 4.5…, bearing: 0, pitch: 0 }
 */
export function cameraForBBox(bbox: BBox, size: Size, options: CameraForBBoxOptions = {}): MapCamera {
  const [west, south, east, north] = bbox;
  if (![west, south, east, north].every(Number.isFinite) || west > east || south > north) {
    throw new Error(`cameraForBBox: not a [west, south, east, north] box: ${bbox.join(', ')}`);
  }
  const padding = options.padding ?? 20;
  const maxZoom = options.maxZoom ?? 16;
  const x0 = mercatorX(west);
  const x1 = mercatorX(east);
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const center: [number, number] = [((x0 + x1) / 2) * 360 - 180, latitudeOf((y0 + y1) / 2)];
  const width = Math.max(1, size.width - 2 * padding);
  const height = Math.max(1, size.height - 2 * padding);
  const spanX = (x1 - x0) * TILE_SIZE;
  const spanY = (y1 - y0) * TILE_SIZE;
  const scale = Math.min(
    spanX > 0 ? width / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? height / spanY : Number.POSITIVE_INFINITY,
  );
  const zoom = Number.isFinite(scale) ? Math.min(maxZoom, Math.log2(scale)) : maxZoom;
  return { center, zoom, bearing: 0, pitch: 0 };
}
