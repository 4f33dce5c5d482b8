/**
 * Intervention filters: pillar, type, status, agency, period, coca year. Active filters show as
 * removable chips with "clear all"; the selected zone is a chip too. Every filter goes to the
 * store (and so to the URL, the map, the statistics and the table at once).
 */

import { COCA_FIRST_YEAR, COCA_LAST_YEAR, type FilterState } from '../analysis/filters';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from '../io/schemas';
import { useAtlasStore } from '../state/store';
import { AreaImport } from './AreaImport';
import { useT } from './use-t';

type ListKey = 'pillars' | 'types' | 'statuses' | 'agencies';

/** Toggles `value` in a filter list; null (no filter) means "all selected". */
export function toggleInList<T extends string>(current: T[] | null, value: T, all: readonly T[]): T[] | null {
  const base = current ?? [...all];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return next.length === all.length && all.every((v) => next.includes(v))
    ? null
    : all.filter((v) => next.includes(v));
}

export function FilterPanel() {
  const { t, n } = useT();
  const filters = useAtlasStore((s) => s.filters);
  const settings = useAtlasStore((s) => s.settings);
  const setFilter = useAtlasStore((s) => s.setFilter);
  const setSetting = useAtlasStore((s) => s.setSetting);
  const status = useAtlasStore((s) => s.analysisStatus);
  const data = useAtlasStore((s) => s.analysisData);
  const result = useAtlasStore((s) => s.analysisResult);
  const agencies = data ? [...data.columns.agencies].sort((a, b) => a.localeCompare(b, 'es')) : [];

  const list = <T extends string>(
    key: ListKey,
    values: readonly T[],
    label: (value: T) => string,
    legend: string,
  ) => (
    <fieldset className="filter-group" data-filter={key}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="filter-option">
          <input
            type="checkbox"
            checked={(filters[key] as T[] | null)?.includes(value) ?? true}
            onChange={() =>
              setFilter(key, toggleInList(filters[key] as T[] | null, value, values) as FilterState[ListKey])
            }
            data-testid={`filter-${key}-${value}`}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="filter-panel" aria-label={t('filters.title')}>
      <h2>{t('filters.title')}</h2>
      {status.state === 'loading' && <p className="muted">{t('filters.loading')}</p>}
      {status.state === 'error' && (
        <p className="app-error" role="alert">
          {t('filters.error', { message: status.message })}
        </p>
      )}
      {result && data && (
        <p className="filter-count" data-testid="filter-count">
          {t('filters.count', { shown: n(result.indices.length), total: n(data.columns.count) })}
        </p>
      )}
      <AreaImport />
      <label className="filter-year">
        {t('filters.cocaYear')}{' '}
        <select
          value={settings.cocaYear}
          onChange={(event) => setSetting('cocaYear', Number(event.target.value))}
          data-testid="coca-year"
        >
          {Array.from({ length: COCA_LAST_YEAR - COCA_FIRST_YEAR + 1 }, (_, i) => COCA_FIRST_YEAR + i).map(
            (year) => (
              <option key={year} value={year}>
                {year}
                {year === 2024 ? ' *' : ''}
              </option>
            ),
          )}
        </select>
      </label>
      {list('pillars', PILLARS, (p) => t(`pillar.${p}`), t('filters.pillar'))}
      <details>
        <summary>{t('filters.type')}</summary>
        {list('types', INTERVENTION_TYPES, (type) => `${type} · ${t(`type.${type}`)}`, t('filters.type'))}
      </details>
      {list('statuses', STATUSES, (s) => t(`status.${s}`), t('filters.status'))}
      <details>
        <summary>{t('filters.agency')}</summary>
        {list('agencies', agencies, (a) => a, t('filters.agency'))}
      </details>
      <fieldset className="filter-group filter-dates">
        <legend>{t('filters.dates')}</legend>
        <label>
          {t('filters.dateFrom')}{' '}
          <input
            type="date"
            value={filters.dateFrom ?? ''}
            max={filters.dateTo ?? undefined}
            onChange={(event) => setFilter('dateFrom', event.target.value || null)}
            data-testid="filter-date-from"
          />
        </label>
        <label>
          {t('filters.dateTo')}{' '}
          <input
            type="date"
            value={filters.dateTo ?? ''}
            min={filters.dateFrom ?? undefined}
            onChange={(event) => setFilter('dateTo', event.target.value || null)}
            data-testid="filter-date-to"
          />
        </label>
      </fieldset>
    </section>
  );
}
