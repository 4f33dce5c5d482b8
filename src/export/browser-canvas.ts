/**
 * Browser-only helpers for 2D canvases: create one of an exact size and check the browser really
 * allocated it (oversized canvases fail silently: drawing does nothing, reads return zeros), and
 * encode a canvas to bytes.
 */
import type { Context2D } from './context-2d';
import type { Size } from './types';

/** A drawable page: what `exportImage` needs from a canvas. Node tests pass a fake. */
export interface ExportCanvas {
  readonly width: number;
  readonly height: number;
  readonly context: Context2D;
  /** The canvas itself, usable as a `drawImage` source. */
  readonly image: CanvasImageSource;
  encode(type: 'image/png' | 'image/jpeg', quality?: number): Promise<Uint8Array>;
}

/** Encodes a canvas with `toBlob`. */
export async function encodeCanvas(
  canvas: HTMLCanvasElement,
  type: string,
  quality?: number,
): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob)
    throw new Error(`The browser could not encode a ${canvas.width} × ${canvas.height} canvas as ${type}.`);
  return new Uint8Array(await blob.arrayBuffer());
}

/** Throws when the browser silently refused a canvas this big (draws and reads a corner pixel). */
export function assertCanvasUsable(canvas: HTMLCanvasElement, context: CanvasRenderingContext2D): void {
  context.fillStyle = '#010203';
  context.fillRect(canvas.width - 1, canvas.height - 1, 1, 1);
  const pixel = context.getImageData(canvas.width - 1, canvas.height - 1, 1, 1).data;
  if (pixel[3] !== 255 || pixel[0] !== 1) {
    throw new Error(
      `The browser cannot allocate a ${canvas.width} × ${canvas.height} px canvas on this device.`,
    );
  }
}

/** Creates a checked 2D canvas of exactly `size` pixels. */
export function createExportCanvas(size: Size): ExportCanvas {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context || canvas.width !== size.width || canvas.height !== size.height) {
    throw new Error(`The browser cannot create a ${size.width} × ${size.height} px canvas.`);
  }
  assertCanvasUsable(canvas, context);
  return {
    width: size.width,
    height: size.height,
    context,
    image: canvas,
    encode: (type, quality) => encodeCanvas(canvas, type, quality),
  };
}
