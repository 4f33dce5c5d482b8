import { describe, expect, it } from 'vitest';
import { type ExportImageInput, ExportSizeError, exportImage, type SharedComposition } from './export-image';
import { fakeDependencies } from './testing/fake-dependencies';
import { DESKTOP_LIMITS, TUMACO_COMPOSITION } from './testing/fixtures';
import { pdfText } from './testing/pdf-text';

const {
  title: _title,
  subtitle: _subtitle,
  lang: _lang,
  metersPerPixel: _m,
  bearing: _b,
  ...shared
} = TUMACO_COMPOSITION;
const composition: SharedComposition = shared;

const input: ExportImageInput = {
  request: {
    size: { kind: 'preset', presetId: 'slide-16x9' },
    format: 'png',
    title: 'Tumaco 2023',
    subtitle: 'Pilares',
    lang: 'es',
  },
  style: { version: 8, sources: {}, layers: [] },
  camera: { center: [-78.8, 1.8], zoom: 9, bearing: 15, pitch: 0 },
  composition,
  limits: DESKTOP_LIMITS,
  naming: { zone: 'Tumaco', layers: ['interventions', 'coca'] },
};

function physDpi(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    if (String.fromCharCode(...bytes.subarray(offset + 4, offset + 8)) === 'pHYs')
      return view.getUint32(offset + 8) * 0.0254;
    offset += 12 + length;
  }
  return 0;
}

describe('exportImage', () => {
  it('renders the map at the layout size and pixel ratio, composes, writes dpi and names the file', async () => {
    const dependencies = fakeDependencies();
    const result = await exportImage(
      { ...input, request: { ...input.request, size: { kind: 'preset', presetId: 'uhd-4k' } } },
      { dependencies },
    );
    expect(result.fileName).toBe('atlas_tumaco_interventions-coca_20261128.png');
    expect(result.blob.type).toBe('image/png');
    expect(result.size).toMatchObject({ width: 3840, height: 2160 });
    expect(dependencies.mapRequests[0]).toMatchObject({ pixelRatio: 2, camera: input.camera });
    expect(physDpi(new Uint8Array(await result.blob.arrayBuffer()))).toBeCloseTo(192, 0);
    const texts = dependencies.pages[0].texts();
    expect(texts).toContain('Tumaco 2023');
    expect(texts).toContain('DATOS DE MUESTRA');
    const arrow = dependencies.pages[0].calls.find(
      (call) => call.method === 'fillText' && call.args[0] === 'N',
    );
    expect(arrow?.rotation).toBeCloseTo((-15 * Math.PI) / 180);
  });

  it('writes a PDF with the requested title as real text and the rendered map as an image', async () => {
    const dependencies = fakeDependencies();
    const result = await exportImage(
      { ...input, request: { ...input.request, format: 'pdf' } },
      { dependencies },
    );
    expect(result.fileName).toBe('atlas_tumaco_interventions-coca_20261128.pdf');
    expect(result.blob.type).toBe('application/pdf');
    expect(dependencies.mapRequests).toHaveLength(1);
    const text = pdfText(new Uint8Array(await result.blob.arrayBuffer()));
    expect(text.startsWith('%PDF'), 'a PDF file').toBe(true);
    expect(text.includes('(Tumaco 2023) Tj'), 'the title as a text operator').toBe(true);
    expect(text.includes('(Pilares) Tj'), 'the subtitle as a text operator').toBe(true);
    expect(/\/Subtype \/Image/.test(text), 'the map as an embedded image').toBe(true);
  });

  it('refuses sizes the device cannot render before rendering anything', async () => {
    const dependencies = fakeDependencies();
    const huge = {
      ...input,
      request: {
        ...input.request,
        size: { kind: 'custom' as const, width: 20000, height: 12000, pixelRatio: 4 },
      },
    };
    await expect(exportImage(huge, { dependencies })).rejects.toBeInstanceOf(ExportSizeError);
    expect(dependencies.mapRequests).toHaveLength(0);
  });

  it('uses the tiled renderer when accepted and only the map is too big for WebGL', async () => {
    const dependencies = fakeDependencies();
    const weak = { ...DESKTOP_LIMITS, maxRenderbufferSize: 2048 };
    const request = { ...input.request, size: { kind: 'preset' as const, presetId: 'uhd-4k' as const } };
    await expect(exportImage({ ...input, request, limits: weak }, { dependencies })).rejects.toThrow(/WebGL/);
    await exportImage({ ...input, request, limits: weak, tiled: true }, { dependencies });
    expect(dependencies.tiledRequests).toHaveLength(1);
    expect(dependencies.mapRequests).toHaveLength(0);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const dependencies = fakeDependencies({ onRender: () => controller.abort() });
    await expect(exportImage(input, { dependencies, signal: controller.signal })).rejects.toThrow(
      /cancelled/,
    );
    expect(dependencies.pages).toHaveLength(0);
  });
});
