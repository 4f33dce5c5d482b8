/**
 * Browser-only: reads this device's rendering limits from a temporary WebGL2 context, which is
 * released immediately. The 2D canvas caps cannot be queried without allocating huge canvases, so
 * they use the widely documented values (16,384 px per side, 16,384² px area in Chromium);
 * `assertCanvasUsable` checks the real canvas right before it is drawn on.
 */
import type { DeviceLimits } from './types';

/** Chromium's per-side and area caps for 2D and WebGL canvases. */
export const DEFAULT_CANVAS_SIDE = 16_384;
export const DEFAULT_CANVAS_AREA = 16_384 * 16_384;

/**
 * @example
 * const limits = probeLimits(); // { maxCanvasSize: [16384, 16384], maxRenderbufferSize: 16384, … }
 */
export function probeLimits(options: { canvasSide?: number; canvasArea?: number } = {}): DeviceLimits {
  const side = options.canvasSide ?? DEFAULT_CANVAS_SIDE;
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const gl = canvas.getContext('webgl2');
  if (!gl) throw new Error('WebGL2 is not available: the map cannot be rendered for export.');
  try {
    const renderbuffer = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
    const texture = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE));
    const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
    return {
      maxCanvasSize: [side, side],
      // The drawing buffer is also capped by the viewport dimensions.
      maxRenderbufferSize: Math.min(renderbuffer, viewport[0], viewport[1]),
      maxTextureSize: texture,
      maxCanvasArea: options.canvasArea ?? DEFAULT_CANVAS_AREA,
    };
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
