/**
 * Browser-only: renders a map larger than one WebGL canvas allows as a grid of off-screen renders
 * (same zoom and bearing, offset centres from `planTiles`) stitched onto one 2D canvas.
 *
 * Known limit: labels are placed per tile, so a label crossing a seam may be cut or repeated.
 */
import { mapCanvasSize } from './layout';
import { type OffscreenMapRequest, type RenderMap, renderMapOffscreen } from './render-map-offscreen';
import { planTiles } from './tile-plan';

export interface TiledMapRequest extends OffscreenMapRequest {
  /** Largest tile side in output pixels (e.g. `maxMapSide(limits)`). */
  maxTileSide: number;
  onTile?: (done: number, total: number) => void;
  /** Renders one tile; defaults to `renderMapOffscreen`. */
  renderTile?: RenderMap;
}

export async function renderMapTiled(request: TiledMapRequest): Promise<HTMLCanvasElement> {
  const { cssSize, pixelRatio, camera, maxTileSide, onTile } = request;
  const renderTile = request.renderTile ?? renderMapOffscreen;
  const size = mapCanvasSize(cssSize, pixelRatio);
  const tiles = planTiles(cssSize, pixelRatio, camera, maxTileSide);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error(`The browser cannot create a ${size.width} × ${size.height} px canvas.`);
  for (const [index, tile] of tiles.entries()) {
    const piece = await renderTile({
      ...request,
      camera: tile.camera,
      cssSize: { width: tile.css.width, height: tile.css.height },
    });
    context.drawImage(piece, tile.output.x, tile.output.y, tile.output.width, tile.output.height);
    onTile?.(index + 1, tiles.length);
  }
  return canvas;
}
