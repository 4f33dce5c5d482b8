/**
 * Builds the PDF: the page is the paper size in millimetres for paper presets, or the CSS size in
 * points (px × 72 / dpi) for screen presets. The map is embedded as an image; title, legend,
 * scale bar, north arrow, footer and stamp are drawn as vectors through jsPDF's `context2d`, so
 * the text is real, selectable PDF text (Helvetica, WinAnsi: Spanish accents are fine).
 * jsPDF is loaded lazily so it stays out of the main bundle.
 */

import type { Context2D } from './context-2d';
import { drawComposition } from './draw-composition';
import type { Layout } from './layout';
import type { Composition, ExportSize } from './types';

export interface PdfInput {
  layout: Layout;
  composition: Composition;
  size: ExportSize;
  /** The map raster, exactly `layout.map` size, encoded as PNG or JPEG. */
  mapImage: { bytes: Uint8Array; format: 'PNG' | 'JPEG' };
}

type JsPdfDocument = InstanceType<typeof import('jspdf').jsPDF>;

/**
 * Wraps jsPDF's `context2d` as a `Context2D`. Everything is forwarded, except `measureText`:
 * jsPDF's own ignores the context transform, so widths are computed from the font metrics
 * (`getStringUnitWidth` × font size in CSS px), which is what canvas would report.
 */
function pdfContext(doc: JsPdfDocument): Context2D {
  const target = doc.context2d as unknown as Context2D;
  const context = Object.create(null) as Context2D;
  for (const key of ['fillStyle', 'strokeStyle', 'lineWidth', 'font', 'textAlign', 'textBaseline'] as const) {
    Object.defineProperty(context, key, {
      get: () => target[key],
      set: (value) => {
        (target as unknown as Record<string, unknown>)[key] = value;
      },
    });
  }
  const methods = [
    'save',
    'restore',
    'translate',
    'rotate',
    'scale',
    'beginPath',
    'closePath',
    'moveTo',
    'lineTo',
    'arc',
    'rect',
    'fill',
    'stroke',
    'fillRect',
    'strokeRect',
    'setLineDash',
    'fillText',
    'drawImage',
  ] as const;
  for (const method of methods) {
    (context as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      (target[method] as (...values: unknown[]) => void).apply(target, args);
  }
  context.measureText = (text: string) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(target.font)?.[1] ?? 10);
    return { width: doc.getStringUnitWidth(text) * size };
  };
  return context;
}

/** Page size in the PDF's unit for an export size. */
export function pdfPage(size: ExportSize): { unit: 'mm' | 'pt'; width: number; height: number } {
  if (size.paper) return { unit: 'mm', width: size.paper.widthMm, height: size.paper.heightMm };
  return { unit: 'pt', width: (size.width * 72) / size.dpi, height: (size.height * 72) / size.dpi };
}

/**
 * Returns the PDF bytes.
 *
 * @example
 * const bytes = await toPdf({ layout, composition, size, mapImage: { bytes: png, format: 'PNG' } });
 */
export async function toPdf(input: PdfInput): Promise<Uint8Array> {
  const { jsPDF } = await import('jspdf');
  const { layout, composition, size, mapImage } = input;
  const page = pdfPage(size);
  const doc = new jsPDF({
    unit: page.unit,
    format: [page.width, page.height],
    orientation: page.width >= page.height ? 'landscape' : 'portrait',
    compress: true,
  });
  doc.setProperties({
    title: composition.title,
    subject: composition.subtitle,
    creator: 'Atlas de Intervenciones',
  });
  doc.setCreationDate(new Date(composition.exportDate));
  const scale = page.width / layout.output.width;
  const ctx = pdfContext(doc);
  ctx.scale(scale, scale);
  drawComposition(ctx, {
    layout,
    composition,
    mapImage: null,
    drawMap: (rect) => {
      doc.addImage(
        mapImage.bytes,
        mapImage.format,
        rect.x * scale,
        rect.y * scale,
        rect.width * scale,
        rect.height * scale,
        undefined,
        'FAST',
      );
    },
  });
  return new Uint8Array(doc.output('arraybuffer'));
}
