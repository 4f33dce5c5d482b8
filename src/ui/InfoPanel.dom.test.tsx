import { cleanup, render, screen } from '@testing-library/react';
import type { FeatureCollection } from 'geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest, ManifestLayer } from '../io/manifest';
import { buildCatalog } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { InfoPanel } from './InfoPanel';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
});
const municipality = (divipola: string, name: string, x: number, area_official: boolean) => ({
  type: 'Feature' as const,
  geometry: square(x, 1),
  properties: {
    divipola,
    name,
    department: 'Nariño',
    pdet_subregion: 'Pacífico y Frontera Nariñense',
    zona_futuro: null,
    zf_verified: null,
    pilot: divipola === '52835',
    area_km2: divipola === '52835' ? 3611.5 : 1000,
    area_official,
  },
});
const municipalities: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    municipality('52835', 'San Andrés de Tumaco', -79, true),
    municipality('52621', 'Roberto Payán', -78, false),
  ],
};
const catalog = buildCatalog(
  { generated_by: 't', boundary_source: 't', layers: [], missing: [] },
  {
    municipalities,
    'pdet-subregions': {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: square(-79, 1),
          properties: {
            name: 'Pacífico y Frontera Nariñense',
            municipality_count: 2,
            divipola_codes: ['52621', '52835'],
          },
        },
      ],
    },
    'zonas-futuro': { type: 'FeatureCollection', features: [] },
    'pilot-municipalities': { type: 'FeatureCollection', features: [municipalities.features[0]] },
  },
);

const ATTRIBUTION =
  'Límites: DANE – Marco Geoestadístico Nacional 2018 · Natural Earth · PDET: ART, Decreto 893/2017';
const layer = (id: string): ManifestLayer => ({
  id,
  file: `${id}.geojson`,
  title: { es: id, en: id },
  kind: 'boundary',
  source: 'DANE – Marco Geoestadístico Nacional 2018 (MGN)',
  licence: 'DANE open data',
  attribution: ATTRIBUTION,
  year: '2018',
  feature_count: 1,
  source_packages: {},
});
const manifest: Manifest = {
  generated_by: 't',
  boundary_source: 't',
  layers: [layer('municipalities'), layer('pdet-subregions')],
  missing: [],
};

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  useAtlasStore.setState({ catalog, manifest });
});
afterEach(cleanup);

const panelText = () => (screen.getByTestId('info-panel').textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('InfoPanel', () => {
  it("labels DANE's official area as official", () => {
    useAtlasStore.setState({ selection: { layer: 'municipalities', id: '52835' } });
    render(<InfoPanel />);
    expect(panelText()).toContain('Área oficial (DANE)3.611,5 km²');
    expect(screen.getByTestId('info-source').textContent).toBe(`Fuente: ${ATTRIBUTION}`);
  });

  it('labels an area computed from the polygon as computed', () => {
    useAtlasStore.setState({ selection: { layer: 'municipalities', id: '52621' } });
    render(<InfoPanel />);
    expect(panelText()).toContain('Área (calculada del polígono)1.000 km²');
  });

  it('lists every member of a subregion without "drawn inside" notes', () => {
    useAtlasStore.setState({ selection: { layer: 'pdet-subregions', id: 'Pacífico y Frontera Nariñense' } });
    render(<InfoPanel />);
    expect(screen.getByTestId('info-member-count').textContent).toBe('2');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Roberto Payán Nariño',
      'San Andrés de Tumaco Nariño',
    ]);
    expect(panelText()).not.toMatch(/polígono propio|dibujado dentro/);
    expect(screen.getByTestId('info-source').textContent).toContain(
      'DANE – Marco Geoestadístico Nacional 2018',
    );
  });
});
