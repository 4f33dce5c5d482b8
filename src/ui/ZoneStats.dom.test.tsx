import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from '../state/store';
import { ALL_ROW, analysisData, analysisResult, BEFORE_AFTER, zoneRow } from './testing/stats-fixtures';
import { ZoneStats } from './ZoneStats';

/** Text without the narrow and normal no-break spaces that Intl puts around % and units. */
const text = (testId: string) =>
  (screen.getByTestId(testId).textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  useAtlasStore.setState({ analysisData: analysisData(), analysisResult: analysisResult() });
});
afterEach(cleanup);

describe('ZoneStats', () => {
  it('waits for the analysis without figures', () => {
    useAtlasStore.setState({ analysisResult: null });
    render(<ZoneStats />);
    expect(screen.queryByTestId('zstats-count')).toBeNull();
  });

  it('shows all of Colombia when nothing is selected, with the national coca figures', () => {
    render(<ZoneStats />);
    expect(text('zstats-zone')).toBe('Colombia — todas las zonas');
    expect(text('zstats-count')).toBe('1.234');
    expect(text('zstats-budget')).toBe('12.345 M COP');
    // National 2023 = 3,200 + 100 + 50; 2018 = 2,700 + 100 + 50.
    expect(text('zstats-coca')).toBe('3.350 ha');
    expect(text('zstats-change')).toBe('+500 ha (+17,5%)');
    // 1,234 interventions / 3.35 thousand ha.
    expect(text('zstats-per1000')).toBe('368,36');
    expect(screen.getByText('UNODC-SIMCI', { exact: false }).textContent).toContain('datos.gov.co acs4-3wgp');
  });

  it('shows an imported area with coca from synthetic cells, never the official figure', () => {
    const base = analysisResult({ zone: zoneRow(0, 'Mi vereda', 7) });
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    const customArea = {
      name: 'Mi vereda',
      file: 'vereda.geojson',
      collection: { type: 'FeatureCollection' as const, features: [] },
      bbox: [-79, 1.5, -78.5, 2] as [number, number, number, number],
    };
    useAtlasStore.setState({
      analysisResult: {
        ...base,
        query: { ...base.query, customArea },
        areaCoca: { years, hectares: years.map((year) => (year - 2014) * 100) },
      },
    });
    render(<ZoneStats />);
    expect(text('zstats-zone')).toBe('Mi vereda');
    expect(text('zstats-area-note')).toContain('vereda.geojson');
    expect(text('zstats-area-note')).toContain('No se guarda en el enlace');
    expect(text('zstats-count')).toBe('7');
    // 2023 = (2023 − 2014) × 100; change 2018 → 2023 from the same cell series.
    expect(text('zstats-area-coca')).toBe('900 ha');
    expect(text('zstats-change')).toBe('+500 ha (+125%)');
    expect(screen.queryByTestId('zstats-coca')).toBeNull();
    expect(screen.getByText(/celdas sintéticas de 1 km/).textContent).toContain('no es una cifra oficial');
  });

  it('shows the agreed metrics with the sample-data caveat', () => {
    render(<ZoneStats />);
    const section = screen.getByTestId('zone-stats');
    expect(within(section).getByText('Acuerdos de conservación').nextSibling?.textContent).toBe('6 (980 ha)');
    expect(within(section).getByText('Hectáreas erradicadas').nextSibling?.textContent).toBe('4.321 ha');
    expect(within(section).getByText(/datos de muestra \(inventados\)/)).toBeTruthy();
  });

  it('uses the selected zone for every coca figure and the trend line', () => {
    useAtlasStore.setState({
      selection: { layer: 'pdet-subregions', id: 'Pacífico y Frontera Nariñense' },
      analysisResult: analysisResult({
        selection: { layer: 'pdet-subregions', id: 'Pacífico y Frontera Nariñense' },
        zone: zoneRow(0, 'Pacífico y Frontera Nariñense', 32),
      }),
    });
    render(<ZoneStats />);
    expect(text('zstats-zone')).toBe('Pacífico y Frontera Nariñense');
    expect(text('zstats-count')).toBe('32');
    expect(text('zstats-coca')).toBe('3.200 ha');
    expect(text('zstats-change')).toBe('+500 ha (+18,5%)');
    const trend = screen.getByTestId('zstats-trend');
    expect(trend.getAttribute('role')).toBe('img');
    expect(trend.getAttribute('aria-label')).toContain('1.000 ha en 2001, 3.300 ha en 2024');
    // The hidden table holds every year.
    expect(screen.getByRole('rowheader', { name: '2010' }).nextSibling?.textContent).toBe('1.900');
  });

  it('says so when the selected zone is not a zone of the analysis (e.g. a code from an old link)', () => {
    const selection = { layer: 'municipalities' as const, id: '99999' };
    useAtlasStore.setState({ selection, analysisResult: analysisResult({ selection }) });
    render(<ZoneStats />);
    expect(text('zstats-zone')).toBe('Colombia — todas las zonas');
    expect(text('zstats-not-a-zone')).toBe(
      '99999 no es una zona de los límites cargados: se muestran las cifras de toda Colombia.',
    );
  });

  it('marks 2024 as contested in the chart, the table and a note', () => {
    useAtlasStore.getState().setSetting('cocaYear', 2024);
    render(<ZoneStats />);
    expect(text('zstats-contested')).toContain('2024');
    expect(text('zstats-contested')).toContain('cuestionada por el Gobierno de Colombia');
    const point2024 = screen.getByTestId('zstats-trend').querySelector('[data-year="2024"]');
    expect(point2024?.getAttribute('class')).toContain('zstats-point-contested');
    expect(point2024?.getAttribute('class')).toContain('zstats-point-chosen');
    expect(screen.getByRole('rowheader', { name: '2024' }).nextSibling?.textContent).toContain('cuestionada');
    expect(screen.getByText(/^Coca 2024\*/)).toBeTruthy();
  });

  it('changes the years of the coca change through the store', () => {
    render(<ZoneStats />);
    fireEvent.change(screen.getByTestId('zstats-change-from'), { target: { value: '2001' } });
    expect(useAtlasStore.getState().settings.changeFrom).toBe(2001);
    // National 2001 = 1,000 + 100 + 50 = 1,150 → 3,350.
    expect(text('zstats-change')).toBe('+2.200 ha (+191,3%)');
  });

  it('draws interventions by pillar, and by type on request, in pillar colours', () => {
    render(<ZoneStats />);
    const pillars = screen.getByTestId('zstats-bars-chart-pillar');
    expect(pillars.querySelectorAll('rect')).toHaveLength(3);
    expect(pillars.querySelector('[data-bar="SR"] rect')?.getAttribute('fill')).toBe('#d62728');
    expect(pillars.getAttribute('aria-label')).toContain('Reducción integrada de la oferta 700');
    fireEvent.click(screen.getByTestId('zstats-bars-type'));
    expect(screen.getByTestId('zstats-bars-chart-type').querySelectorAll('rect')).toHaveLength(18);
  });
});

describe('ZoneStats before/after', () => {
  it("shows the selected zone's comparison when it is on the ranking layer, with the caveat", () => {
    const selection = { layer: 'pdet-subregions' as const, id: 'Pacífico y Frontera Nariñense' };
    useAtlasStore.setState({ selection, analysisResult: analysisResult({ selection, zone: ALL_ROW }) });
    render(<ZoneStats />);
    expect(text('zstats-ba-change')).toBe('+300 ha (+11,5%)');
    expect(text('zstats-ba-difference')).toBe('+300 ha (+11,5 p. p.)');
    expect(screen.getByText(/Descriptivo, no causal/)).toBeTruthy();
  });

  it('says when there is no control zone to compare with', () => {
    const selection = { layer: 'pdet-subregions' as const, id: 'Pacífico y Frontera Nariñense' };
    const result = analysisResult({ selection });
    result.beforeAfter = [
      { ...BEFORE_AFTER, controlZones: 0, controlChange: null, difference: null, differencePercent: null },
    ];
    useAtlasStore.setState({ selection, analysisResult: result });
    render(<ZoneStats />);
    expect(text('zstats-ba-difference')).toBe('—');
    expect(screen.getByText(/Sin zonas de control/)).toBeTruthy();
  });

  it('says when the selected zone has no intervention of the type', () => {
    const selection = { layer: 'pdet-subregions' as const, id: 'Bajo Cauca' };
    useAtlasStore.setState({ selection, analysisResult: analysisResult({ selection }) });
    render(<ZoneStats />);
    expect(screen.getByText(/Bajo Cauca no tiene intervenciones de este tipo/)).toBeTruthy();
  });

  it('shows the ranking layer table, saying so, when the selection is on another layer', () => {
    const selection = { layer: 'municipalities' as const, id: '52835' };
    useAtlasStore.setState({ selection, analysisResult: analysisResult({ selection }) });
    render(<ZoneStats />);
    expect(screen.getByText(/la zona elegida es de otra capa/)).toBeTruthy();
    const table = screen.getByTestId('zstats-ba-table');
    expect(within(table).getByRole('rowheader').textContent).toBe('Pacífico y Frontera Nariñense');
  });

  it('changes the intervention type through the store', () => {
    render(<ZoneStats />);
    fireEvent.change(screen.getByTestId('zstats-ba-type'), { target: { value: 'SR-ERF' } });
    expect(useAtlasStore.getState().settings.beforeAfterType).toBe('SR-ERF');
  });
});
