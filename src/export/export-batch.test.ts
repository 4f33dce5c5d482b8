import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ExportBatchInput, exportBatch, requestForZone } from './export-batch';
import type { SharedComposition } from './export-image';
import { fakeDependencies } from './testing/fake-dependencies';
import { DESKTOP_LIMITS, TUMACO_COMPOSITION } from './testing/fixtures';

const { title: _t, subtitle: _s, lang: _l, metersPerPixel: _m, bearing: _b, ...shared } = TUMACO_COMPOSITION;
const composition: SharedComposition = shared;

const zones = [
  {
    id: '52835',
    name: 'Tumaco',
    camera: { center: [-78.8, 1.8] as [number, number], zoom: 9, bearing: 0, pitch: 0 },
  },
  {
    id: '54810',
    name: 'Tibú',
    camera: { center: [-72.7, 8.6] as [number, number], zoom: 9, bearing: 0, pitch: 0 },
  },
  {
    id: '86568',
    name: 'Puerto Asís',
    camera: { center: [-76.5, 0.5] as [number, number], zoom: 9, bearing: 0, pitch: 0 },
  },
];

const input: ExportBatchInput = {
  request: {
    size: { kind: 'preset', presetId: 'slide-16x9' },
    format: 'png',
    title: 'Intervenciones en {zone}',
    subtitle: '',
    lang: 'es',
  },
  style: { version: 8, sources: {}, layers: [] },
  composition,
  limits: DESKTOP_LIMITS,
  zones,
  layers: ['interventions'],
};

describe('exportBatch', () => {
  it('delivers one image per zone in a ZIP, with progress', async () => {
    const progress: string[] = [];
    const dependencies = fakeDependencies();
    const result = await exportBatch(input, {
      dependencies,
      onProgress: (step) => {
        if (step.stage === 'done') progress.push(`${step.done}/${step.total} ${step.zone.name}`);
      },
    });
    expect(result.fileName).toBe('atlas_zonas_interventions_20261128.zip');
    const files = unzipSync(new Uint8Array(await result.blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual([
      'atlas_tumaco_interventions_20261128.png',
      'atlas_tibu_interventions_20261128.png',
      'atlas_puerto-asis_interventions_20261128.png',
    ]);
    expect(progress).toEqual(['1/3 Tumaco', '2/3 Tibú', '3/3 Puerto Asís']);
    expect(dependencies.pages.map((page) => page.texts()[0])).toEqual([
      'Intervenciones en Tumaco',
      'Intervenciones en Tibú',
      'Intervenciones en Puerto Asís',
    ]);
  });

  it('draws an identical legend on every image', async () => {
    const dependencies = fakeDependencies();
    await exportBatch(input, { dependencies });
    const legendOps = dependencies.pages.map((page) => {
      const texts = page.texts();
      return texts.slice(texts.indexOf('Leyenda'), texts.indexOf('Leyenda') + 8).join('|');
    });
    expect(new Set(legendOps).size).toBe(1);
  });

  it('stops and rejects when cancelled mid-batch', async () => {
    const controller = new AbortController();
    const dependencies = fakeDependencies();
    const run = exportBatch(input, {
      dependencies,
      signal: controller.signal,
      onProgress: (step) => {
        if (step.stage === 'done' && step.done === 1) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(dependencies.mapRequests).toHaveLength(1);
  });

  it('keeps file names unique when zones share a name', async () => {
    const twins = [zones[0], { ...zones[0], id: 'other' }];
    const result = await exportBatch({ ...input, zones: twins }, { dependencies: fakeDependencies() });
    expect(result.entries).toEqual([
      'atlas_tumaco_interventions_20261128.png',
      'atlas_tumaco_interventions_20261128-2.png',
    ]);
  });

  it('puts the zone in the subtitle when the title has no {zone}', () => {
    const request = requestForZone({ ...input.request, title: 'Coca 2023', subtitle: 'UNODC' }, zones[1]);
    expect(request).toMatchObject({ title: 'Coca 2023', subtitle: 'Tibú · UNODC' });
  });
});
