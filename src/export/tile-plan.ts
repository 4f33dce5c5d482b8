/**
 * Plans a tiled map render: splits a map of `cssSize` CSS pixels into tiles no larger than
 * `maxTileSide` output pixels, and gives each tile its own camera centre at the same zoom and
 * bearing, so that the tiles stitched side by side equal one big render. Web Mercator, pitch 0
 * only (with pitch the view is not a translation of one plane).
 */
import type { MapCamera, Rect, Size } from './types';

export interface MapTile {
  /** The tile's rectangle inside the full map, in CSS pixels. */
  css: Rect;
  /** Where it goes in the full map canvas, in output pixels (edges rounded like MapLibre). */
  output: Rect;
  camera: MapCamera;
}

const TILE_SIZE = 512;

function project([lng, lat]: [number, number], worldSize: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [((lng + 180) / 360) * worldSize, y * worldSize];
}

function unproject([x, y]: [number, number], worldSize: number): [number, number] {
  const lng = (x / worldSize) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / worldSize;
  const lat = (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  return [lng, lat];
}

/**
 * The geographic centre of the screen point (`dx`, `dy`) CSS pixels from the centre of a map with
 * camera `camera` (screen offsets are rotated by the bearing into world pixels).
 *
 * @example
 * offsetCenter({ center: [0, 0], zoom: 0, bearing: 0, pitch: 0 }, 256, 0); // [180, 0]
 */
export function offsetCenter(camera: MapCamera, dx: number, dy: number): [number, number] {
  const worldSize = TILE_SIZE * 2 ** camera.zoom;
  const angle = (camera.bearing * Math.PI) / 180;
  const worldDx = dx * Math.cos(angle) - dy * Math.sin(angle);
  const worldDy = dx * Math.sin(angle) + dy * Math.cos(angle);
  const [x, y] = project(camera.center, worldSize);
  return unproject([x + worldDx, y + worldDy], worldSize);
}

/** Splits the map into a grid of tiles each at most `maxTileSide` output pixels per side. */
export function planTiles(
  cssSize: Size,
  pixelRatio: number,
  camera: MapCamera,
  maxTileSide: number,
): MapTile[] {
  if (camera.pitch !== 0) throw new Error('A tiled export needs pitch 0: tilt the map back to flat first.');
  const tileCss = Math.floor(maxTileSide / pixelRatio);
  if (tileCss < 1) throw new Error(`Tile side ${maxTileSide} is smaller than the pixel ratio ${pixelRatio}.`);
  const columns = Math.ceil(cssSize.width / tileCss);
  const rows = Math.ceil(cssSize.height / tileCss);
  const tiles: MapTile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const x = column * tileCss;
      const y = row * tileCss;
      const width = Math.min(tileCss, cssSize.width - x);
      const height = Math.min(tileCss, cssSize.height - y);
      const left = Math.round(x * pixelRatio);
      const top = Math.round(y * pixelRatio);
      tiles.push({
        css: { x, y, width, height },
        output: {
          x: left,
          y: top,
          width: Math.round((x + width) * pixelRatio) - left,
          height: Math.round((y + height) * pixelRatio) - top,
        },
        camera: {
          ...camera,
          center: offsetCenter(
            camera,
            x + width / 2 - cssSize.width / 2,
            y + height / 2 - cssSize.height / 2,
          ),
        },
      });
    }
  }
  return tiles;
}
