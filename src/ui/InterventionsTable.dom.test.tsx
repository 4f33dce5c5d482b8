import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIntervention } from '../../test/fixtures/make-intervention';
import type { AnalysisDataView, AnalysisResult } from '../analysis/analysis-session';
import { DEFAULT_SETTINGS, EMPTY_FILTERS } from '../analysis/filters';
import type { ZoneRow } from '../geo/aggregate-rows';
import { toColumns } from '../geo/to-columns';
import type { Catalog, MunicipalityInfo } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { InterventionsTable } from './InterventionsTable';

const features = [
  makeIntervention(-73.1, 8.5, { id: 'SMP-A', title: 'Vía en Tibú', budget_cop: 1234567, divipola: '54810' }),
  makeIntervention(-72.9, 8.2, { id: 'SMP-B', title: 'Árbol', budget_cop: 50, status: 'planned' }),
  makeIntervention(-74, 4, { id: 'SMP-C', title: 'Fuera del filtro', budget_cop: 9 }),
  makeIntervention(-73.5, 8.9, { id: 'SMP-D', title: 'Caño', budget_cop: 900, hectares: 12.5 }),
];

const initial = useAtlasStore.getState();

function setUp(indices: number[], interventions = features) {
  const analysisData = {
    data: { interventions, problems: [], cocaTable: {}, cocaCells: {} },
    columns: toColumns(interventions),
    layers: {},
  } as unknown as AnalysisDataView;
  const analysisResult = {
    query: { filters: { ...EMPTY_FILTERS }, selection: null, settings: { ...DEFAULT_SETTINGS } },
    indices: new Uint32Array(indices),
    zone: {} as ZoneRow,
    ranking: [],
    beforeAfter: [],
  } as AnalysisResult;
  const tibu = { divipola: '54810', name: 'Tibú', department: 'Norte de Santander' } as MunicipalityInfo;
  const catalog = { municipalities: new Map([['54810', tibu]]) } as unknown as Catalog;
  useAtlasStore.setState({ analysisData, analysisResult, catalog, lang: 'es', selectedIntervention: null });
}

const table = () => screen.getByTestId('interventions-table');
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const rowIds = () => bodyRows().map((row) => row.dataset.id);

describe('InterventionsTable', () => {
  beforeEach(() => setUp([0, 1, 3]));
  afterEach(() => {
    cleanup();
    useAtlasStore.setState(initial, true);
  });

  it('shows the filtered interventions, with the sample note and localised cells', () => {
    render(<InterventionsTable />);
    expect(table().dataset.rowCount).toBe('3');
    expect(rowIds()).toEqual(['SMP-A', 'SMP-B', 'SMP-D']);
    expect(screen.getByTestId('table-sample-note').textContent).toMatch(/Datos de muestra/);
    const first = within(bodyRows()[0]);
    expect(first.getByText('1.234.567')).toBeTruthy();
    expect(first.getByText('Tibú')).toBeTruthy();
    expect(first.getByText('Terminada')).toBeTruthy();
    expect(within(bodyRows()[2]).getByText('12,5 ha')).toBeTruthy();
  });

  it('sorts by a column header, ascending then descending', () => {
    render(<InterventionsTable />);
    const budget = screen.getByTestId('sort-budget');
    fireEvent.click(budget);
    expect(budget.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds()).toEqual(['SMP-B', 'SMP-D', 'SMP-A']);
    fireEvent.click(budget);
    expect(budget.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(rowIds()).toEqual(['SMP-A', 'SMP-D', 'SMP-B']);
    expect(screen.getByTestId('sort-title').closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('selects an intervention and flies to it when a row is clicked', () => {
    render(<InterventionsTable />);
    fireEvent.click(within(bodyRows()[1]).getByText('Árbol'));
    const state = useAtlasStore.getState();
    expect(state.selectedIntervention).toBe('SMP-B');
    const bbox = state.flyRequest?.bbox ?? [];
    expect(bbox.map((v) => Number(v.toFixed(2)))).toEqual([-72.95, 8.15, -72.85, 8.25]);
    expect(bodyRows()[1].getAttribute('aria-selected')).toBe('true');
  });

  it('moves with the arrow keys and selects with Enter', () => {
    render(<InterventionsTable />);
    const [first] = bodyRows();
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(bodyRows()[1]);
    fireEvent.keyDown(bodyRows()[1], { key: 'Enter' });
    expect(useAtlasStore.getState().selectedIntervention).toBe('SMP-B');
  });

  it('highlights a row selected on the map', () => {
    render(<InterventionsTable />);
    act(() => useAtlasStore.getState().selectIntervention('SMP-D'));
    const selected = bodyRows().filter((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected.map((row) => row.dataset.id)).toEqual(['SMP-D']);
    expect(selected[0].tabIndex).toBe(0);
  });

  it('follows a new filter result', () => {
    render(<InterventionsTable />);
    act(() => setUp([2]));
    expect(table().dataset.rowCount).toBe('1');
    expect(rowIds()).toEqual(['SMP-C']);
  });

  it('puts only a page of rows in the DOM for a long list', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      makeIntervention(-73, 8, { id: `SMP-${String(i).padStart(5, '0')}`, budget_cop: i }),
    );
    act(() => setUp([...many.keys()], many));
    render(<InterventionsTable />);
    expect(table().dataset.rowCount).toBe('5000');
    expect(bodyRows().length).toBeGreaterThan(5);
    expect(bodyRows().length).toBeLessThan(40);
  });
});
