import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../analysis/filters';
import { useAtlasStore } from '../state/store';
import { RankingTable } from './RankingTable';
import { analysisData, analysisResult, catalog, zoneRow } from './testing/stats-fixtures';

const rowNames = () =>
  screen.getAllByTestId('ranking-row').map((row) => within(row).getByRole('button').textContent);
const cells = (name: string) =>
  Array.from(
    screen
      .getAllByTestId('ranking-row')
      .find((row) => row.textContent?.includes(name))
      ?.querySelectorAll('td') ?? [],
    (cell) => cell.textContent,
  );

beforeEach(() => {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
  useAtlasStore.setState({
    analysisData: analysisData(),
    analysisResult: analysisResult(),
    catalog: catalog(),
  });
});
afterEach(cleanup);

describe('RankingTable', () => {
  it('ranks the zones of the ranking layer by interventions, largest first', () => {
    render(<RankingTable />);
    expect(rowNames()).toEqual(['Bajo Cauca', 'Pacífico y Frontera Nariñense']);
    // rank, count, budget, beneficiaries, coca 2023, change, per 1,000 ha
    expect(cells('Bajo Cauca')).toEqual(['1', '90', '0', '0', '100', '—', '900']);
    expect(cells('Pacífico')).toEqual(['2', '40', '0', '0', '3.200', '—', '12,5']);
  });

  it('ranks by a clicked column and flips the order on a second click, keeping the metric in the store', () => {
    render(<RankingTable />);
    fireEvent.click(screen.getByTestId('ranking-sort-coca'));
    expect(useAtlasStore.getState().settings.rankingMetric).toBe('coca');
    expect(rowNames()).toEqual(['Pacífico y Frontera Nariñense', 'Bajo Cauca']);
    fireEvent.click(screen.getByTestId('ranking-sort-coca'));
    expect(rowNames()).toEqual(['Bajo Cauca', 'Pacífico y Frontera Nariñense']);
    expect(screen.getByTestId('ranking-sort-coca').closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('adds a column for a chosen metric outside the fixed ones', () => {
    render(<RankingTable />);
    expect(screen.queryByTestId('ranking-sort-seized_kg')).toBeNull();
    fireEvent.change(screen.getByTestId('ranking-metric'), { target: { value: 'seized_kg' } });
    expect(useAtlasStore.getState().settings.rankingMetric).toBe('seized_kg');
    expect(screen.getByTestId('ranking-sort-seized_kg')).toBeTruthy();
  });

  it('selects the zone of a clicked row, flies to it and highlights the row', () => {
    render(<RankingTable />);
    const row = screen.getAllByTestId('ranking-row')[0];
    fireEvent.click(row);
    const state = useAtlasStore.getState();
    expect(state.selection).toEqual({ layer: 'pdet-subregions', id: 'Bajo Cauca' });
    expect(state.flyRequest?.bbox).toEqual([-75, 1, -74, 2]);
    expect(screen.getAllByTestId('ranking-row')[0].getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByTestId('ranking-row')[1].getAttribute('aria-current')).toBeNull();
  });

  it('switches the ranking layer through the store', () => {
    render(<RankingTable />);
    fireEvent.change(screen.getByTestId('ranking-layer'), { target: { value: 'municipalities' } });
    expect(useAtlasStore.getState().settings.rankingLayer).toBe('municipalities');
  });

  it('shows the first 200 of a long layer until asked for all', () => {
    const data = analysisData();
    const ids = Array.from({ length: 250 }, (_, i) => String(10000 + i));
    data.layers.municipalities = {
      ids,
      names: ids.map((id) => `M${id}`),
      indexOf: new Map(ids.map((id, i) => [id, i])),
      codes: ids.map((id) => [id]),
      assignment: new Int32Array(0),
    };
    const result = analysisResult({ ranking: ids.map((id, i) => zoneRow(i, `M${id}`, i)) });
    result.query.settings = { ...DEFAULT_SETTINGS, rankingLayer: 'municipalities' };
    useAtlasStore.setState({ analysisData: data, analysisResult: result });
    render(<RankingTable />);
    expect(screen.getAllByTestId('ranking-row')).toHaveLength(200);
    expect(rowNames()[0]).toBe('M10249');
    fireEvent.click(screen.getByTestId('ranking-show-all'));
    expect(screen.getAllByTestId('ranking-row')).toHaveLength(250);
  });
});
