import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { legendRows } from './draw-legend';
import { computeLayout } from './layout';
import { resolveExportSize } from './resolve-export-size';
import { TUMACO_COMPOSITION } from './testing/fixtures';
import { pdfText } from './testing/pdf-text';
import { pdfPage, toPdf } from './to-pdf';
import type { ExportSize } from './types';

function mapPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(180);
  return new Uint8Array(PNG.sync.write(png));
}

async function pdfFor(size: ExportSize) {
  const layout = computeLayout(size, {
    pixelRatio: size.pixelRatio,
    hasSubtitle: true,
    legendRows: legendRows(TUMACO_COMPOSITION.legend).length,
  });
  return toPdf({
    layout,
    composition: TUMACO_COMPOSITION,
    size,
    mapImage: { bytes: mapPng(layout.map.width, layout.map.height), format: 'PNG' },
  });
}

describe('toPdf', () => {
  it('produces a PDF with the title, legend and footer as real text', async () => {
    const bytes = await pdfFor(resolveExportSize({ kind: 'preset', presetId: 'slide-16x9' }));
    const text = pdfText(bytes);
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text).toContain('(Tumaco: intervenciones por pilar y coca 2023) Tj');
    expect(text).toContain('(Leyenda) Tj');
    expect(text).toContain('(DATOS DE MUESTRA) Tj');
    expect(text).toMatch(/\/Subtype \/Image/);
  });

  it('sizes the page in millimetres for paper and points for screens', () => {
    expect(pdfPage(resolveExportSize({ kind: 'preset', presetId: 'a4-landscape-300' }))).toEqual({
      unit: 'mm',
      width: 297,
      height: 210,
    });
    expect(pdfPage(resolveExportSize({ kind: 'preset', presetId: 'slide-16x9' }))).toEqual({
      unit: 'pt',
      width: 1440,
      height: 810,
    });
    expect(pdfPage(resolveExportSize({ kind: 'preset', presetId: 'uhd-4k' }))).toEqual({
      unit: 'pt',
      width: 1440,
      height: 810,
    });
  });

  it('writes an A4 portrait page box (595.28 × 841.89 pt)', async () => {
    const bytes = await pdfFor(resolveExportSize({ kind: 'preset', presetId: 'a4-portrait-150' }));
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(Buffer.from(bytes).toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(595.28, 1);
    expect(Number(box?.[2])).toBeCloseTo(841.89, 1);
  });
});
