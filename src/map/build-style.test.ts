import { describe, expect, it } from 'vitest';
import { DEFAULT_OPACITY, DEFAULT_VISIBLE } from '../state/layers';
import { buildStyle, type StyleInput } from './build-style';
import { OSM_TILES } from './style-sources';

const input: StyleInput = {
  geoBaseUrl: 'http://127.0.0.1:4173/geo/',
  visible: { ...DEFAULT_VISIBLE },
  opacity: { ...DEFAULT_OPACITY },
  onlineBasemap: false,
  selection: null,
  pdetSubregions: ['Catatumbo', 'Alto Patía y Norte del Cauca'],
  attribution: { municipalities: 'DANE – Marco Geoestadístico Nacional 2018' },
};

const layer = (style: ReturnType<typeof buildStyle>, id: string) => style.layers.find((l) => l.id === id);

describe('buildStyle', () => {
  it('uses only same-origin sources and no glyph server by default', () => {
    const style = buildStyle(input);
    expect(style.glyphs).toBeUndefined();
    for (const [id, source] of Object.entries(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      // Point sources start empty; the adapter pushes their (same-origin) data.
      if (typeof data === 'string') expect(data).toMatch(/^http:\/\/127\.0\.0\.1:4173\/geo\//);
      else expect(['interventions', 'coca-estimates']).toContain(id);
    }
    expect(JSON.stringify(style)).not.toContain('openstreetmap');
  });

  it('adds the online basemap only when opted in, under the data layers', () => {
    const style = buildStyle({ ...input, onlineBasemap: true });
    expect(style.sources.osm).toMatchObject({ type: 'raster', tiles: [OSM_TILES] });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('osm')).toBeLessThan(ids.indexOf('pdet-subregions-fill'));
  });

  it('hides toggled-off layers and applies opacity', () => {
    const style = buildStyle({
      ...input,
      visible: { ...input.visible, 'zonas-futuro': false },
      opacity: { ...input.opacity, 'pilot-municipalities': 0.5 },
    });
    expect(layer(style, 'zonas-futuro-outline')?.layout).toMatchObject({ visibility: 'none' });
    expect(layer(style, 'pilot-municipalities-outline')?.paint).toMatchObject({ 'line-opacity': 0.5 });
  });

  it('draws pilots above every other data layer and marks candidate Zona Futuro members dashed', () => {
    const ids = buildStyle(input).layers.map((l) => l.id);
    const pilot = ids.indexOf('pilot-municipalities-outline');
    for (const id of ['pdet-subregions-fill', 'zonas-futuro-outline', 'departments-line']) {
      expect(ids.indexOf(id)).toBeLessThan(pilot);
    }
    expect(layer(buildStyle(input), 'zonas-futuro-members-candidate')?.paint).toHaveProperty(
      'line-dasharray',
    );
  });

  it('colours subregions by name with the shared palette', () => {
    const fill = layer(buildStyle(input), 'pdet-subregions-fill')?.paint as Record<string, unknown>;
    expect(fill['fill-color']).toEqual([
      'match',
      ['get', 'name'],
      'Alto Patía y Norte del Cauca',
      '#4e79a7',
      'Catatumbo',
      '#f28e2b',
      '#999999',
    ]);
  });

  it('classes the coca choropleth with the shared classes, leaving coca-free municipalities transparent', () => {
    const style = buildStyle({ ...input, cocaByMunicipality: { '52835': 12000, '05120': 150, '11001': 0 } });
    expect(
      (layer(style, 'coca-choropleth') as { paint: Record<string, unknown> }).paint['fill-color'],
    ).toEqual(['match', ['get', 'divipola'], ['05120'], '#fdd49e', ['52835'], '#5c0000', 'rgba(0,0,0,0)']);
  });

  it('colours the ranking layer by the ranking metric classes', () => {
    const style = buildStyle({
      ...input,
      visible: { ...input.visible, 'ranking-choropleth': true },
      rankingChoropleth: {
        layer: 'zonas-futuro',
        classes: [
          { min: 0, color: '#aaaaaa' },
          { min: 10, color: '#000000' },
        ],
        values: { Catatumbo: 12, Arauca: 3 },
      },
    });
    expect(layer(style, 'ranking-choropleth')).toMatchObject({
      source: 'zonas-futuro',
      layout: { visibility: 'visible' },
      paint: {
        'fill-color': [
          'match',
          ['get', 'name'],
          ['Arauca'],
          '#aaaaaa',
          ['Catatumbo'],
          '#000000',
          'rgba(0,0,0,0)',
        ],
      },
    });
  });

  it('reads the chosen year of the coca estimate points', () => {
    const style = buildStyle({ ...input, cocaYear: 2019 });
    expect(JSON.stringify(layer(style, 'coca-estimates-dots'))).toContain('"y2019"');
    // Before 2015 there are no cells: the first year is drawn (and the legend says 2015).
    expect(JSON.stringify(layer(buildStyle({ ...input, cocaYear: 2005 }), 'coca-estimates-dots'))).toContain(
      '"y2015"',
    );
  });

  it('inlines an imported area and draws it dashed above the zone layers, below the points', () => {
    const area: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-79, 1.5],
                [-78.5, 1.5],
                [-78.5, 2],
                [-79, 2],
                [-79, 1.5],
              ],
            ],
          },
        },
      ],
    };
    expect(buildStyle(input).sources['custom-area']).toBeUndefined();
    expect(buildStyle(input).layers.some((l) => l.id.startsWith('custom-area'))).toBe(false);
    const style = buildStyle({ ...input, customArea: area });
    expect(style.sources['custom-area']).toEqual({ type: 'geojson', data: area });
    expect(layer(style, 'custom-area-outline')).toMatchObject({
      type: 'line',
      source: 'custom-area',
      paint: { 'line-color': '#000000', 'line-dasharray': [2, 1.5] },
    });
    const ids = style.layers.map((l) => l.id);
    for (const below of ['pdet-subregions-fill', 'zonas-futuro-outline', 'pilot-municipalities-outline']) {
      expect(ids.indexOf(below)).toBeLessThan(ids.indexOf('custom-area-fill'));
    }
    expect(ids.indexOf('custom-area-outline')).toBeLessThan(ids.indexOf('interventions-points'));
  });

  it('outlines the selected zone', () => {
    const style = buildStyle({ ...input, selection: { layer: 'pilot-municipalities', id: '52835' } });
    expect(layer(style, 'selection-outline')).toMatchObject({
      source: 'municipalities',
      filter: ['==', ['get', 'divipola'], '52835'],
    });
  });

  it('keys a zone by DIVIPOLA in the municipal layers and by name in the programme layers', () => {
    const cases = [
      ['municipalities', '52835', 'divipola'],
      ['pilot-municipalities', '52835', 'divipola'],
      ['pdet-subregions', 'Catatumbo', 'name'],
      ['zonas-futuro', 'Catatumbo', 'name'],
    ] as const;
    for (const [zoneLayer, id, key] of cases) {
      const style = buildStyle({
        ...input,
        visible: { ...input.visible, 'ranking-choropleth': true },
        selection: { layer: zoneLayer, id },
        rankingChoropleth: { layer: zoneLayer, classes: [{ min: 0, color: '#123456' }], values: { [id]: 1 } },
      });
      expect(layer(style, 'selection-outline')).toMatchObject({ filter: ['==', ['get', key], id] });
      expect(layer(style, 'ranking-choropleth')).toMatchObject({
        source: zoneLayer,
        paint: { 'fill-color': ['match', ['get', key], [id], '#123456', 'rgba(0,0,0,0)'] },
      });
    }
  });
});
