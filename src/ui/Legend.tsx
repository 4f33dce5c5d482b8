/** The legend for the visible layers: the same entries every export draws (theme/legend-entries). */
import { useMemo } from 'react';
import { legendEntries, rankingLegendLabel } from '../state/legend-entries';
import { selectRankingChoropleth } from '../state/ranking-choropleth';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

const SWATCH_CLASS = {
  fill: 'swatch-fill',
  line: 'swatch-line',
  circle: 'swatch-dot',
  'dashed-fill': 'swatch-dashed',
};

export function Legend() {
  const { t, lang } = useT();
  const visible = useAtlasStore((s) => s.visible);
  const cocaYear = useAtlasStore((s) => s.settings.cocaYear);
  const catalog = useAtlasStore((s) => s.catalog);
  const settings = useAtlasStore((s) => s.settings);
  const choropleth = useAtlasStore(selectRankingChoropleth);
  const entries = useMemo(
    () =>
      legendEntries({
        visible,
        cocaYear,
        lang,
        pdetSubregions: catalog ? [...catalog.pdetSubregions.keys()] : [],
        ranking: choropleth && { label: rankingLegendLabel(lang, settings), classes: choropleth.classes },
      }),
    [visible, cocaYear, lang, catalog, choropleth, settings],
  );
  return (
    <section className="legend" aria-label={t('legend.title')} data-testid="legend">
      <h2>{t('legend.title')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.label} className="legend-entry">
            <div className="legend-row">
              <span
                className={`swatch ${SWATCH_CLASS[entry.shape]}`}
                style={
                  entry.shape === 'fill'
                    ? { background: `${entry.color}88`, borderColor: entry.color }
                    : {
                        borderColor: entry.color,
                        background: entry.shape === 'circle' ? entry.color : undefined,
                      }
                }
              />
              {entry.label}
            </div>
            {entry.classes && (
              <ul className="legend-classes">
                {entry.classes.map((c) => (
                  <li key={c.label}>
                    <span
                      className={`swatch ${entry.shape === 'circle' ? 'swatch-dot' : 'swatch-fill'}`}
                      style={{ background: c.color, borderColor: '#888' }}
                    />
                    {c.label}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {visible['coca-choropleth'] && cocaYear === 2024 && (
        <p className="note">{t('legend.contested', { year: cocaYear })}</p>
      )}
    </section>
  );
}
