import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../analysis/filters';
import type { Catalog } from '../state/catalog';
import { DEFAULT_VISIBLE } from '../state/layers';
import {
  batchTitle,
  batchZones,
  dataYear,
  defaultSubtitle,
  defaultTitle,
  type ExportStateView,
  exportOverrides,
  filtersInWords,
  sharedComposition,
  visibleManifestIds,
} from './export-context';

const tumaco = {
  divipola: '52835',
  name: 'San Andrés de Tumaco',
  department: 'Nariño',
  pdetSubregion: 'Pacífico y Frontera Nariñense',
  zonaFuturo: null,
  zfVerified: null,
  pilot: true,
  areaKm2: 3611.5,
  areaOfficial: true,
  bbox: [-79, 1.4, -78.2, 2.1] as [number, number, number, number],
};
const catalog = {
  municipalities: new Map([['52835', tumaco]]),
  pdetSubregions: new Map(),
  zonasFuturo: new Map(),
  pilots: ['52835'],
  entries: [],
} as unknown as Catalog;

const manifest = {
  layers: ['interventions', 'municipalities', 'context', 'coca-municipal'].map((id) => ({
    id,
    file: `${id}.json`,
    title: { es: id, en: id },
    kind: id === 'interventions' ? ('sample' as const) : ('boundary' as const),
    source: 'S',
    licence: 'L',
    attribution: 'A',
    year: '2024',
    feature_count: 1,
    source_packages: {},
  })),
};

const view: ExportStateView = Object.freeze({
  visible: { ...DEFAULT_VISIBLE, 'coca-choropleth': true },
  selection: { layer: 'pilot-municipalities', id: '52835' },
  filters: { ...EMPTY_FILTERS, pillars: ['RD'], statuses: [] },
  cocaYear: 2023,
  lang: 'es',
  manifest,
  catalog,
}) as ExportStateView;

describe('export context', () => {
  it('titles the export after the zone, the layers and the coca year', () => {
    expect(defaultTitle(view)).toBe('San Andrés de Tumaco — intervenciones y coca 2023');
    expect(defaultTitle({ ...view, lang: 'en', selection: null })).toBe(
      'Colombia — interventions and coca 2023',
    );
    expect(defaultSubtitle(view)).toBe('Piloto · Nariño');
  });

  it('names an imported area as the zone, in title, subtitle and filters', () => {
    const area = { ...view, selection: null, customArea: { name: 'Río Mira' } };
    expect(defaultTitle(area)).toBe('Río Mira — intervenciones y coca 2023');
    expect(defaultSubtitle(area)).toBe('Área importada');
    expect(filtersInWords(area)[0]).toBe('Zona: Río Mira');
  });

  it('says the filters in words, zone first', () => {
    expect(filtersInWords(view)).toEqual([
      'Zona: San Andrés de Tumaco',
      'Pilar: Seguridad y desarrollo rural integral',
      'Estado: ninguno',
    ]);
  });

  it('gives the coca year only with a coca layer, and flags 2024 as contested', () => {
    expect(dataYear(view)).toBe('2023');
    expect(dataYear({ ...view, cocaYear: 2024, lang: 'en' })).toBe('2024 (contested)');
    expect(dataYear({ ...view, visible: DEFAULT_VISIBLE })).toBeNull();
  });

  it('maps toggles to manifest ids, always with the base boundaries, and stamps sample data', () => {
    expect(visibleManifestIds(view.visible)).toContain('coca-municipal');
    expect(visibleManifestIds({ ...DEFAULT_VISIBLE, interventions: false }).slice(-2)).toEqual([
      'municipalities',
      'context',
    ]);
    expect(sharedComposition(view, '2026-01-02').sampleStamp).toBe(true);
    const boundaries = { ...view, visible: { ...DEFAULT_VISIBLE, interventions: false } };
    expect(sharedComposition(boundaries, '2026-01-02').sampleStamp).toBe(false);
  });

  it('lists batch zones and puts a {zone} placeholder into the title', () => {
    expect(batchZones(catalog, 'pilot-municipalities')).toEqual([
      { id: '52835', name: 'San Andrés de Tumaco', bbox: tumaco.bbox },
    ]);
    expect(batchTitle('San Andrés de Tumaco — coca', 'San Andrés de Tumaco')).toBe('{zone} — coca');
    expect(batchTitle('Colombia — coca', null)).toBe('{zone} — coca');
  });

  it('reads the test overrides from the query string only when well-formed', () => {
    expect(exportOverrides('?exportDate=2026-03-01&exportLimits=4096')).toEqual({
      exportDate: '2026-03-01',
      canvasSide: 4096,
    });
    expect(exportOverrides('?exportDate=yesterday&exportLimits=-1')).toEqual({
      exportDate: null,
      canvasSide: null,
    });
  });
});
