/** The active filters as removable chips, the selected zone first, with "clear all". */
import type { MessageKey } from '../i18n/dictionary';
import { useAtlasStore } from '../state/store';
import { catalogZoneName } from '../state/zone-label';
import { useT } from './use-t';

export function FilterChips() {
  const { t } = useT();
  const filters = useAtlasStore((s) => s.filters);
  const selection = useAtlasStore((s) => s.selection);
  const customArea = useAtlasStore((s) => s.customArea);
  const setCustomArea = useAtlasStore((s) => s.setCustomArea);
  const catalog = useAtlasStore((s) => s.catalog);
  const setFilter = useAtlasStore((s) => s.setFilter);
  const select = useAtlasStore((s) => s.select);
  const clearFilters = useAtlasStore((s) => s.clearFilters);

  const chips: { key: string; label: string; title?: string; remove(): void }[] = [];
  if (selection && catalog) {
    chips.push({
      key: 'zone',
      label: `${t('filters.zone')}: ${catalogZoneName(catalog, selection)}`,
      remove: () => select(null),
    });
  }
  if (customArea) {
    chips.push({
      key: 'area',
      label: t('area.chip', { name: customArea.name }),
      title: t('area.notInLink'),
      remove: () => setCustomArea(null),
    });
  }
  const listChip = (
    key: 'pillars' | 'types' | 'statuses' | 'agencies',
    label: MessageKey,
    name: (v: string) => string,
  ) => {
    const values = filters[key];
    if (values !== null) {
      chips.push({
        key,
        label: `${t(label)}: ${values.length === 0 ? '∅' : values.map(name).join(', ')}`,
        remove: () => setFilter(key, null),
      });
    }
  };
  listChip('pillars', 'filters.pillar', (v) => v);
  listChip('types', 'filters.type', (v) => v);
  listChip('statuses', 'filters.status', (v) => t(`status.${v}` as MessageKey));
  listChip('agencies', 'filters.agency', (v) => v);
  if (filters.dateFrom || filters.dateTo) {
    chips.push({
      key: 'dates',
      label: `${t('filters.dates')}: ${filters.dateFrom ?? '…'} – ${filters.dateTo ?? '…'}`,
      remove: () => {
        setFilter('dateFrom', null);
        setFilter('dateTo', null);
      },
    });
  }

  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" data-testid="filter-chips">
      {chips.map((chip) => (
        <span key={chip.key} className="chip" data-chip={chip.key} title={chip.title}>
          {chip.label}
          <button type="button" onClick={chip.remove} aria-label={t('filters.remove', { name: chip.label })}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={clearFilters} data-testid="clear-filters">
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
