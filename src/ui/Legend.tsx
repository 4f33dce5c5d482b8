/** The legend for the visible layers, drawn from the same palette as the map style. */
import { COLORS, pdetColorMap } from '../map/palette';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

export function Legend() {
  const { t } = useT();
  const visible = useAtlasStore((s) => s.visible);
  const catalog = useAtlasStore((s) => s.catalog);
  const subregions = pdetColorMap(catalog ? [...catalog.pdetSubregions.keys()] : []);
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{t('legend.title')}</h2>
      <ul>
        {visible['pilot-municipalities'] && (
          <li>
            <span
              className="swatch swatch-fill"
              style={{ background: `${COLORS.pilot}73`, borderColor: COLORS.pilot }}
            />
            {t('legend.pilot')}
          </li>
        )}
        {visible['zonas-futuro'] && (
          <>
            <li>
              <span className="swatch swatch-line" style={{ borderColor: COLORS.zonaFuturo }} />
              {t('legend.zfVerified')}
            </li>
            <li>
              <span className="swatch swatch-dashed" style={{ borderColor: COLORS.zonaFuturo }} />
              {t('legend.zfCandidate')}
            </li>
          </>
        )}
        {visible['pdet-municipalities'] && (
          <li>
            <span className="swatch swatch-line" style={{ borderColor: COLORS.pdetMunicipality }} />
            {t('legend.pdetMunicipality')}
          </li>
        )}
        {visible.departments && (
          <li>
            <span className="swatch swatch-line" style={{ borderColor: COLORS.department }} />
            {t('legend.department')}
          </li>
        )}
      </ul>
      {(visible['pdet-subregions'] || visible['pdet-municipalities']) && (
        <ul className="legend-subregions">
          {[...subregions].map(([name, color]) => (
            <li key={name}>
              <span className="swatch swatch-fill" style={{ background: color }} />
              {name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
