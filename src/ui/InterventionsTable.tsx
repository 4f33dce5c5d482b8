/**
 * The filtered interventions as a table linked to the map. Rows are virtualised (only the visible
 * ones are in the DOM), sorted by a pure function (`sortInterventions`), and selecting one selects
 * the intervention in the store and flies the map to it; a selection made on the map scrolls its
 * row into view. Keyboard: the active row is the one tab stop; arrows, Page Up/Down, Home and End
 * move it; Enter or Space selects. The export buttons (InterventionsExports) download the rows in
 * table order. Every text is React text (never HTML).
 */
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { InterventionFeature } from '../io/schemas';
import {
  keyMeasure,
  type SortSpec,
  sortInterventions,
  TABLE_COLUMNS,
  type TableColumn,
} from '../state/sort-interventions';
import { useAtlasStore } from '../state/store';
import { InterventionsExports } from './InterventionsExports';
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

/** Tooltip of a cell: the full title, or the names behind pillar and type codes. */
function cellTitle(column: TableColumn, p: InterventionFeature['properties'], t: T['t']): string | null {
  if (column === 'title') return p.title;
  if (column === 'pillar') return t(`pillar.${p.pillar}`);
  if (column === 'type') return t(`type.${p.type}`);
  return null;
}

export function InterventionsTable() {
  const { t, n } = useT();
  const data = useAtlasStore((s) => s.analysisData);
  const result = useAtlasStore((s) => s.analysisResult);
  const catalog = useAtlasStore((s) => s.catalog);
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

  const items = virtualizer.getVirtualItems();
  return (
    <div className="itable">
      <div className="itable-toolbar">
        <p className="itable-sample" data-testid="table-sample-note">
          {t('table.sampleNote')}
        </p>
        <InterventionsExports rows={rows} />
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
                          title={cellTitle(column, p, t) ?? undefined}
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
