/**
 * Layer switches, opacity, the opt-in online basemap, and the legend. Each layer shows where its
 * data comes from (manifest), and approximate layers say so next to their name.
 */
import { MANIFEST_ID, TOGGLE_LAYERS } from '../state/layers';
import { useAtlasStore } from '../state/store';
import { FilterPanel } from './FilterPanel';
import { Legend } from './Legend';
import { useT } from './use-t';

export function LayerPanel() {
  const { t } = useT();
  const visible = useAtlasStore((s) => s.visible);
  const opacity = useAtlasStore((s) => s.opacity);
  const manifest = useAtlasStore((s) => s.manifest);
  const onlineBasemap = useAtlasStore((s) => s.onlineBasemap);
  const setLayerVisible = useAtlasStore((s) => s.setLayerVisible);
  const setLayerOpacity = useAtlasStore((s) => s.setLayerOpacity);
  const setOnlineBasemap = useAtlasStore((s) => s.setOnlineBasemap);

  return (
    <aside className="layer-panel" aria-label={t('layers.title')}>
      <h2>{t('layers.title')}</h2>
      <ul className="layer-list">
        {[...TOGGLE_LAYERS].reverse().map((id) => {
          const entry = manifest?.layers.find((layer) => layer.id === MANIFEST_ID[id]);
          const name = t(`layer.${id}`);
          return (
            <li key={id} className="layer-item" data-layer={id}>
              <label className="layer-toggle">
                <input
                  type="checkbox"
                  checked={visible[id]}
                  onChange={(event) => setLayerVisible(id, event.target.checked)}
                  data-testid={`toggle-${id}`}
                />
                <span>{name}</span>
                {id === 'zonas-futuro' && (
                  <span className="badge badge-approx">{t('layers.approximate')}</span>
                )}
                {entry?.allocation === 'sample' && (
                  <span className="badge badge-sample">{t('layers.sample')}</span>
                )}
                {entry?.allocation === 'synthetic' && (
                  <span className="badge badge-sample">{t('layers.synthetic')}</span>
                )}
              </label>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round(opacity[id] * 100)}
                aria-label={t('layers.opacity', { layer: name })}
                onChange={(event) => setLayerOpacity(id, Number(event.target.value) / 100)}
                disabled={!visible[id]}
              />
              {entry && (
                <p className="layer-source">
                  {t('layers.source', { source: entry.attribution, year: entry.year })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <label className="basemap-toggle">
        <input
          type="checkbox"
          checked={onlineBasemap}
          onChange={(event) => setOnlineBasemap(event.target.checked)}
          data-testid="toggle-online-basemap"
        />
        <span>{t('layers.basemap')}</span>
      </label>
      <p className="hint">{t('layers.basemapHint')}</p>
      <Legend />
      <FilterPanel />
    </aside>
  );
}
