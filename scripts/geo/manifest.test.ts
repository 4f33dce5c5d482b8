import { describe, expect, it } from 'vitest';
import type { ManifestLayer } from '../../src/io/manifest.ts';
import { mergeManifestLayers } from './manifest.ts';

const layer = (id: string, title = id): ManifestLayer => ({
  id,
  file: `${id}.geojson`,
  title: { es: title, en: title },
  kind: 'boundary',
  source: 's',
  licence: 'l',
  attribution: 'a',
  year: '2024',
  feature_count: 1,
  source_packages: {},
});

describe('mergeManifestLayers', () => {
  it("keeps other scripts' layers, replaces own ones and sorts by id", () => {
    const existing = [layer('municipalities', 'old'), layer('interventions'), layer('coca-municipal')];
    const merged = mergeManifestLayers(
      existing,
      [layer('municipalities', 'new'), layer('context')],
      ['municipalities', 'context', 'labels'],
    );
    expect(merged.map((entry) => entry.id)).toEqual([
      'coca-municipal',
      'context',
      'interventions',
      'municipalities',
    ]);
    expect(merged.find((entry) => entry.id === 'municipalities')?.title.en).toBe('new');
  });

  it('drops own layers that are no longer produced', () => {
    expect(mergeManifestLayers([layer('labels')], [], ['labels'])).toEqual([]);
  });
});
