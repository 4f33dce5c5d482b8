/** The legend for the visible layers, drawn from the same palette as the map style. */
import { PILLARS } from '../io/schemas';
import {
  COCA_CELL_CLASSES,
  COCA_MUNICIPAL_CLASSES,
  COLORS,
  PILLAR_COLORS,
  pdetColorMap,
} from '../map/palette';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

export function Legend() {
  const { t, n } = useT();
  const visible = useAtlasStore((s) => s.visible);
  const year = useAtlasStore((s) => s.settings.cocaYear);
  const catalog = useAtlasStore((s) => s.catalog);
  const subregions = pdetColorMap(catalog ? [...catalog.pdetSubregions.keys()] : []);
  return (
    <section className="legend" aria-label={t('legend.title')}>
      <h2>{t('legend.title')}</h2>
      {visible.interventions && (
        <>
          <h3>{t('legend.interventions')}</h3>
          <ul data-testid="legend-interventions">
            {PILLARS.map((pillar) => (
              <li key={pillar}>
                <span className="swatch swatch-dot" style={{ background: PILLAR_COLORS[pillar] }} />
                {t(`pillar.${pillar}`)}
              </li>
            ))}
            <li>
              <span className="swatch swatch-dot" style={{ background: '#fff', borderColor: '#555' }} />
              {t('legend.statusPlanned')}
            </li>
            <li>
              <span className="swatch swatch-dot" style={{ background: '#9ca3af' }} />
              {t('legend.statusSuspended')}
            </li>
            <li>
              <span className="swatch swatch-dot swatch-cluster" style={{ background: '#374151' }} />
              {t('legend.cluster')}
            </li>
          </ul>
        </>
      )}
      {visible['coca-choropleth'] && (
        <>
          <h3>{t('legend.cocaMunicipal', { year })}</h3>
          <ul className="legend-classes">
            {COCA_MUNICIPAL_CLASSES.map((c, index) => (
              <li key={c.min}>
                <span className="swatch swatch-fill" style={{ background: c.color }} />
                {classLabel(COCA_MUNICIPAL_CLASSES, index, n)}
              </li>
            ))}
          </ul>
          {year === 2024 && <p className="note">{t('legend.contested', { year })}</p>}
        </>
      )}
      {visible['coca-estimates'] && (
        <>
          <h3>{t('legend.cocaCells', { year: Math.max(year, 2015) })}</h3>
          <ul className="legend-classes">
            {COCA_CELL_CLASSES.map((c, index) => (
              <li key={c.min}>
                <span className="swatch swatch-dot" style={{ background: c.color }} />
                {classLabel(COCA_CELL_CLASSES, index, n)}
              </li>
            ))}
          </ul>
        </>
      )}
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

/** "100 – 500" style label of class `index` (the last class is open: "≥ 10.000"). */
function classLabel(
  classes: readonly { min: number }[],
  index: number,
  n: (value: number) => string,
): string {
  const low = classes[index].min < 1 ? 0 : classes[index].min;
  const next = classes[index + 1];
  return next ? `${n(low)} – ${n(next.min)}` : `≥ ${n(low)}`;
}
