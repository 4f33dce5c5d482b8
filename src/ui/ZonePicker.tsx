/**
 * Type to find any municipality, PDET subregion, Zona Futuro or pilot; Enter or a click selects it
 * and flies there. A combobox in the WAI-ARIA pattern: arrows move, Enter picks, Escape closes.
 */
import { useId, useMemo, useState } from 'react';
import { type CatalogEntry, searchCatalog } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

export function ZonePicker() {
  const { t } = useT();
  const catalog = useAtlasStore((s) => s.catalog);
  const select = useAtlasStore((s) => s.select);
  const flyTo = useAtlasStore((s) => s.flyTo);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => (catalog ? searchCatalog(catalog, query) : []), [catalog, query]);

  const choose = (entry: CatalogEntry) => {
    select(entry.ref);
    flyTo(entry.bbox);
    setQuery(entry.name);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && results[active]) {
      event.preventDefault();
      choose(results[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="zone-picker">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('picker.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('picker.placeholder')}
        value={query}
        disabled={!catalog}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div id={listId} role="listbox" className="zone-picker-list">
          {results.length === 0 && <div className="zone-picker-empty">{t('picker.noResults')}</div>}
          {results.map((entry, index) => (
            // Focus stays in the input (aria-activedescendant), as the WAI-ARIA combobox pattern asks.
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached through the combobox input
            <div
              key={`${entry.ref.layer}:${entry.ref.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(entry);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span className="zone-name">{entry.name}</span>
              <span className="zone-kind">
                {t(`picker.kind.${entry.ref.layer}`)}
                {entry.detail ? ` · ${entry.detail}` : ''}
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
