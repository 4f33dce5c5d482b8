/**
 * The filtered interventions as a table linked to the map. Rows are virtualised (only the visible
 * ones are in the DOM), sorted by a pure function (`sortInterventions`), and selecting one selects
 * the intervention in the store and flies the map to it; a selection made on the map scrolls its
 * row into view. Keyboard: the active row is the one tab stop; arrows, Page Up/Down, Home and End
 * move it; Enter or Space selects. Export buttons download the rows as CSV or GeoJSON, and the
 * zone figures as CSV. Every text is React text (never HTML).
 */
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dataFileName, interventionsCsv, zonesCsv } from '../io/export-csv';
import { interventionsGeoJson } from '../io/export-geojson';
import type { ExportContext } from '../io/export-metadata';
import type { InterventionFeature } from '../io/schemas';
import {
  keyMeasure,
  type SortSpec,
  sortInterventions,
  TABLE_COLUMNS,
  type TableColumn,
} from '../state/sort-interventions';
import { useAtlasStore } from '../state/store';
import { downloadText } from './download';
import { useT } from './use-t';

const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 34;
const NUMERIC: ReadonlySet<TableColumn> = new Set(['budget', 'beneficiaries', 'measure']);
const EMPTY = new Uint32Array(0);
const FALLBACK_RECT = { width: 1200, height: 10 * ROW_HEIGHT };

type T = ReturnType<typeof useT>;

function cellText(
  column: TableColumn,
  p: InterventionFeature['properties'],
  { t, n }: Pick<T, 't' | 'n'>,
  municipalityName: (code: string) => string,
): string {
  switch (column) {
    case 'status':
      return t(`status.${p.status}`);
    case 'start':
      return p.start_date;
    case 'end':
      return p.end_date ?? t('table.ongoing');
    case 'budget':
      return n(p.budget_cop, { maximumFractionDigits: 0 });
    case 'beneficiaries':
      return n(p.beneficiaries);
    case 'municipality':
      return municipalityName(p.divipola);
    case 'measure': {
      const measure = keyMeasure(p);
      return measure
        ? t(`table.unit.${measure.unit}`, { value: n(measure.value, { maximumFractionDigits: 1 }) })
        : '';
    }
    default:
      return p[column];
  }
}

export function InterventionsTable() {
  const { t, n, lang } = useT();
  const data = useAtlasStore((s) => s.analysisData);
  const result = useAtlasStore((s) => s.analysisResult);
  const catalog = useAtlasStore((s) => s.catalog);
  const manifest = useAtlasStore((s) => s.manifest);
  const selectedId = useAtlasStore((s) => s.selectedIntervention);
  const selectIntervention = useAtlasStore((s) => s.selectIntervention);
  const flyTo = useAtlasStore((s) => s.flyTo);
  const [sort, setSort] = useState<SortSpec | null>(null);
  const [active, setActive] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);

  const features = data?.data.interventions;
  const municipalityName = useCallback(
    (code: string) => catalog?.municipalities.get(code)?.name ?? code,
    [catalog],
  );
  const rows = useMemo(
    () =>
      features && result ? sortInterventions(features, result.indices, sort, { municipalityName }) : EMPTY,
    [features, result, sort, municipalityName],
  );

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // Without layout (jsdom, a container not laid out yet) the height reads 0 and the virtualizer
    // would render nothing: assume a first page of rows until a real size arrives.
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, callback) =>
      observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : FALLBACK_RECT)),
  });

  // A selection made elsewhere (the map) scrolls its row into view and makes it the active row.
  useEffect(() => {
    if (!selectedId || !data) return;
    const ids = data.columns.ids;
    const position = rows.findIndex((index) => ids[index] === selectedId);
    if (position < 0) return;
    setActive(position);
    virtualizer.scrollToIndex(position, { align: 'auto' });
  }, [selectedId, rows, data, virtualizer]);

  const clampedActive = Math.min(active, Math.max(rows.length - 1, 0));

  const focusRow = (position: number, attempts = 6) => {
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${position}"]`);
    if (row) row.focus({ preventScroll: true });
    else if (attempts > 0) requestAnimationFrame(() => focusRow(position, attempts - 1));
  };

  const moveTo = (position: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, position));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    focusRow(next);
  };

  const choose = (position: number) => {
    const feature = features?.[rows[position]];
    if (!feature) return;
    setActive(position);
    selectIntervention(feature.properties.id);
    const [lon, lat] = feature.geometry.coordinates;
    flyTo([lon - 0.05, lat - 0.05, lon + 0.05, lat + 0.05]);
  };

  const onRowKeyDown = (event: React.KeyboardEvent, position: number) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      PageDown: position + page,
      PageUp: position - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(position);
    }
  };

  const toggleSort = (column: TableColumn) =>
    setSort((current) => ({
      column,
      direction: current?.column === column && current.direction === 'asc' ? 'desc' : 'asc',
    }));

  /** The export's provenance and the zone name for the file name (null before the first result). */
  const exportContext = (): { context: ExportContext; scope: string } | null => {
    if (!result) return null;
    const selection = result.query.selection;
    const zoneName = selection
      ? selection.layer === 'municipalities' || selection.layer === 'pilot-municipalities'
        ? municipalityName(selection.id)
        : selection.id
      : null;
    const context: ExportContext = {
      lang,
      exportedAt: new Date().toISOString(),
      layers: manifest?.layers ?? [],
      filters: result.query.filters,
      settings: result.query.settings,
      zone: selection ? `${zoneName} (${t(`picker.kind.${selection.layer}`)})` : null,
    };
    return { context, scope: zoneName ?? 'colombia' };
  };

  const exportRows = (format: 'csv' | 'geojson') => {
    const prepared = exportContext();
    if (!prepared || !features) return;
    const { context, scope } = prepared;
    const name = dataFileName('interventions', scope, context.exportedAt, format);
    if (format === 'csv') {
      const lookup = (code: string) => catalog?.municipalities.get(code);
      downloadText(interventionsCsv(features, rows, context, lookup), name, 'text/csv;charset=utf-8');
    } else {
      const collection = interventionsGeoJson(features, rows, context);
      downloadText(JSON.stringify(collection), name, 'application/geo+json;charset=utf-8');
    }
  };

  const exportZones = () => {
    const prepared = exportContext();
    if (!prepared || !result) return;
    const layer = result.query.settings.rankingLayer;
    const name = dataFileName('zones', layer, prepared.context.exportedAt, 'csv');
    downloadText(zonesCsv(result.ranking, layer, prepared.context), name, 'text/csv;charset=utf-8');
  };

  const count = n(rows.length);
  const layerName = t(`picker.kind.${result?.query.settings.rankingLayer ?? 'pdet-subregions'}`);
  const items = virtualizer.getVirtualItems();
  return (
    <div className="itable">
      <div className="itable-toolbar">
        <p className="itable-sample" data-testid="table-sample-note">
          {t('table.sampleNote')}
        </p>
        <div className="itable-exports">
          <button
            type="button"
            disabled={!result}
            onClick={() => exportRows('csv')}
            title={t('table.exportCsvHint', { count })}
            data-testid="export-csv"
          >
            {t('table.exportCsv')}
          </button>
          <button
            type="button"
            disabled={!result}
            onClick={() => exportRows('geojson')}
            title={t('table.exportGeojsonHint', { count })}
            data-testid="export-geojson"
          >
            {t('table.exportGeojson')}
          </button>
          <button
            type="button"
            disabled={!result}
            onClick={exportZones}
            title={t('table.exportZonesHint', { layer: layerName })}
            data-testid="export-zones"
          >
            {t('table.exportZones')}
          </button>
        </div>
      </div>
      <div className="itable-scroll" ref={scrollRef}>
        <table
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: focusable, selectable rows make this a data grid (the WAI-ARIA APG data grid uses <table role="grid">)
          role="grid"
          className="itable-grid"
          aria-label={t('table.label')}
          aria-rowcount={rows.length + 1}
          aria-colcount={TABLE_COLUMNS.length}
          data-testid="interventions-table"
          data-row-count={rows.length}
        >
          <thead>
            <tr className="itable-row itable-head" aria-rowindex={1}>
              {TABLE_COLUMNS.map((column) => {
                const sorted = sort?.column === column ? sort.direction : null;
                return (
                  <th
                    key={column}
                    scope="col"
                    className={`itable-col-${column}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      onClick={() => toggleSort(column)}
                      title={t('table.sortBy', { column: t(`table.col.${column}`) })}
                      data-testid={`sort-${column}`}
                    >
                      {t(`table.col.${column}`)}
                      <span aria-hidden="true" className="itable-arrow">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody style={{ height: virtualizer.getTotalSize() }}>
            {features &&
              items.map((item) => {
                const feature = features[rows[item.index]];
                const p = feature.properties;
                const selected = p.id === selectedId;
                return (
                  <tr
                    key={p.id}
                    data-index={item.index}
                    data-id={p.id}
                    className={`itable-row${selected ? ' itable-selected' : ''}`}
                    aria-rowindex={item.index + 2}
                    aria-selected={selected}
                    tabIndex={item.index === clampedActive ? 0 : -1}
                    style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                    onClick={() => choose(item.index)}
                    onKeyDown={(event) => onRowKeyDown(event, item.index)}
                    onFocus={() => setActive(item.index)}
                  >
                    {TABLE_COLUMNS.map((column) => {
                      const text = cellText(column, p, { t, n }, municipalityName);
                      return (
                        <td
                          key={column}
                          className={`itable-col-${column}${NUMERIC.has(column) ? ' number' : ''}`}
                          title={column === 'title' ? text : undefined}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
          </tbody>
        </table>
        {result && rows.length === 0 && <p className="itable-empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
