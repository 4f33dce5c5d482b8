/** The drawer under the map: the interventions table and the zone ranking, as tabs. */
import { useState } from 'react';
import { InterventionsTable } from './InterventionsTable';
import { RankingTable } from './RankingTable';
import { useT } from './use-t';

type Tab = 'table' | 'ranking';

export function BottomDrawer() {
  const { t } = useT();
  const [tab, setTab] = useState<Tab>('table');
  const [open, setOpen] = useState(true);
  return (
    <section className={`bottom-drawer${open ? '' : ' collapsed'}`} aria-label={t('drawer.label')}>
      <div className="drawer-tabs" role="tablist">
        {(['table', 'ranking'] as const).map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            onClick={() => {
              setTab(id);
              setOpen(true);
            }}
            data-testid={`tab-${id}`}
          >
            {t(id === 'table' ? 'drawer.table' : 'drawer.ranking')}
          </button>
        ))}
        <button type="button" className="drawer-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('drawer.collapse') : t('drawer.expand')}
        </button>
      </div>
      {open && (
        <div className="drawer-body">{tab === 'table' ? <InterventionsTable /> : <RankingTable />}</div>
      )}
    </section>
  );
}
