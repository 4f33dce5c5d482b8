/**
 * Figures of the selected zone, or of all Colombia when nothing is selected: interventions with
 * the filters applied and their agreed metrics (sample data), official coca (UNODC-SIMCI) in the
 * coca year and its change between two years, the coca trend, interventions by pillar or type, and
 * the before/after comparison. Intervention figures are those of the last finished query; coca
 * figures are read from the official table for the zone's municipalities (the national total when
 * nothing is selected), so the trend line and the numbers always agree. For an imported area, coca
 * comes from the synthetic 1 km cells inside it (2015–2024), labelled as an estimate, never official.
 */
import { Fragment, useState } from 'react';
import { COCA_FIRST_YEAR, COCA_LAST_YEAR } from '../analysis/filters';
import type { ZoneRow } from '../geo/aggregate-rows';
import { INTERVENTION_TYPES, PILLARS, type Pillar } from '../io/schemas';
import { useAtlasStore } from '../state/store';
import { trendFigures, zoneCocaTrend } from '../state/zone-coca-trend';
import { PILLAR_COLORS } from '../theme/palette';
import { BeforeAfterPanel } from './BeforeAfterPanel';
import { BarChart } from './charts/BarChart';
import { CocaTrendChart } from './charts/CocaTrendChart';
import { useT } from './use-t';

const YEARS = Array.from({ length: COCA_LAST_YEAR - COCA_FIRST_YEAR + 1 }, (_, i) => COCA_FIRST_YEAR + i);

export function ZoneStats() {
  const { t, n } = useT();
  const result = useAtlasStore((s) => s.analysisResult);
  const data = useAtlasStore((s) => s.analysisData);
  const status = useAtlasStore((s) => s.analysisStatus.state);
  const settings = useAtlasStore((s) => s.settings);
  const setSetting = useAtlasStore((s) => s.setSetting);
  const catalog = useAtlasStore((s) => s.catalog);
  const [bars, setBars] = useState<'pillar' | 'type'>('pillar');

  if (!result || !data) {
    return (
      <section className="zstats" aria-label={t('stats.title')}>
        <h2>{t('stats.title')}</h2>
        <p className="muted">{t('stats.waiting')}</p>
      </section>
    );
  }

  const zone = result.zone;
  const selected = result.query.selection;
  const area = result.query.customArea ?? null;
  const zoneIndex = typeof zone.zone === 'number' ? zone.zone : null;
  const codes = !area && selected && zoneIndex !== null ? data.layers[selected.layer].codes[zoneIndex] : null;
  const zoneName = area ? area.name : codes ? zone.name : t('stats.allZones');
  const catalogName = selected && catalog?.municipalities.get(selected.id)?.name;
  const table = data.data.cocaTable;
  const contested = table.contested_years ?? [];
  const trend = area && result.areaCoca ? result.areaCoca : zoneCocaTrend(table, codes);
  const { cocaYear, changeFrom, changeTo } = settings;
  const figures = trendFigures(trend, { year: cocaYear, from: changeFrom, to: changeTo, count: zone.count });
  const star = (year: number) => (contested.includes(year) ? '*' : '');
  const shownContested = contested.filter((year) => trend.years.includes(year));
  const whole = (value: number) => n(value, { maximumFractionDigits: 0 });
  const ha = (value: number | null) =>
    value === null ? t('stats.noData') : t('stats.ha', { value: whole(value) });
  const change = figures.change;

  return (
    <section className="zstats" aria-label={t('stats.title')} data-testid="zone-stats">
      <header className="zstats-header">
        <h2>{t('stats.title')}</h2>
        <p className="zstats-zone" data-testid="zstats-zone">
          {zoneName}
        </p>
        {status === 'loading' && <p className="muted">{t('stats.updating')}</p>}
        {area && (
          <p className="note" data-testid="zstats-area-note">
            {t('stats.areaNote', { file: area.file })}
          </p>
        )}
        {selected && !codes && (
          <p className="note" data-testid="zstats-not-a-zone">
            {t('stats.notAZone', { name: catalogName ?? selected.id })}
          </p>
        )}
      </header>
      <dl className="zstats-list">
        <dt>{t('stats.count')}</dt>
        <dd data-testid="zstats-count">{whole(zone.count)}</dd>
        <dt>{t('stats.budget')}</dt>
        <dd data-testid="zstats-budget">{millionCop(zone.metrics.budget_cop, t, n)}</dd>
        <dt>{t('stats.beneficiaries')}</dt>
        <dd>{whole(zone.metrics.beneficiaries)}</dd>
      </dl>
      <h3>{t('stats.metrics')}</h3>
      <AgreedMetrics zone={zone} />
      <p className="note">{t('stats.sampleNote')}</p>

      <dl className="zstats-list zstats-coca">
        <dt>{t(area ? 'stats.areaCoca' : 'stats.coca', { year: `${cocaYear}${star(cocaYear)}` })}</dt>
        <dd data-testid={area ? 'zstats-area-coca' : 'zstats-coca'}>{ha(figures.hectares)}</dd>
        <dt>{t('stats.change')}</dt>
        <dd>
          <span className="zstats-years">
            <select
              aria-label={t('stats.changeFrom')}
              value={changeFrom}
              onChange={(event) => setSetting('changeFrom', Number(event.target.value))}
              data-testid="zstats-change-from"
            >
              {YEARS.filter((year) => year < changeTo).map((year) => (
                <option key={year} value={year}>
                  {year}
                  {star(year)}
                </option>
              ))}
            </select>
            –
            <select
              aria-label={t('stats.changeTo')}
              value={changeTo}
              onChange={(event) => setSetting('changeTo', Number(event.target.value))}
              data-testid="zstats-change-to"
            >
              {YEARS.filter((year) => year > changeFrom).map((year) => (
                <option key={year} value={year}>
                  {year}
                  {star(year)}
                </option>
              ))}
            </select>
          </span>
          <span data-testid="zstats-change">
            {change.changeHectares === null
              ? t('stats.noData')
              : t('stats.changeValue', {
                  hectares: n(change.changeHectares, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
                  percent:
                    change.changePercent === null
                      ? '—'
                      : n(change.changePercent / 100, {
                          style: 'percent',
                          maximumFractionDigits: 1,
                          signDisplay: 'exceptZero',
                        }),
                })}
          </span>
        </dd>
        <dt>{t('stats.per1000', { year: `${cocaYear}${star(cocaYear)}` })}</dt>
        <dd data-testid="zstats-per1000">
          {figures.per1000Hectares === null
            ? t('stats.noData')
            : n(figures.per1000Hectares, { maximumFractionDigits: 2 })}
        </dd>
      </dl>
      <CocaTrendChart trend={trend} zoneName={zoneName} year={cocaYear} contestedYears={contested} />
      <p className="zstats-source">{t(area ? 'stats.areaCocaNote' : 'stats.source')}</p>
      {shownContested.map((year) => (
        <p key={year} className="note" data-testid="zstats-contested">
          {t('stats.contested', { year })}
        </p>
      ))}

      <div className="zstats-bars-head">
        <h3>{t('stats.bars')}</h3>
        <fieldset className="zstats-toggle">
          <legend className="visually-hidden">{t('stats.bars')}</legend>
          {(['pillar', 'type'] as const).map((by) => (
            <button
              key={by}
              type="button"
              className="zstats-toggle-button"
              aria-pressed={bars === by}
              onClick={() => setBars(by)}
              data-testid={`zstats-bars-${by}`}
            >
              {t(by === 'pillar' ? 'stats.byPillar' : 'stats.byType')}
            </button>
          ))}
        </fieldset>
      </div>
      <BarChart
        label={t('stats.barsLabel', {
          by: t(bars === 'pillar' ? 'stats.byPillar' : 'stats.byType').toLowerCase(),
        })}
        testId={`zstats-bars-chart-${bars}`}
        bars={
          bars === 'pillar'
            ? PILLARS.map((pillar) => ({
                key: pillar,
                label: t(`pillar.${pillar}`),
                value: zone.byPillar[pillar],
                color: PILLAR_COLORS[pillar],
              }))
            : INTERVENTION_TYPES.map((type) => ({
                key: type,
                label: `${type} ${t(`type.${type}`)}`,
                value: zone.byType[type],
                color: PILLAR_COLORS[type.slice(0, 2) as Pillar],
              }))
        }
      />
      <BeforeAfterPanel />
    </section>
  );
}

function AgreedMetrics({ zone }: { zone: ZoneRow }) {
  const { t, n } = useT();
  const m = zone.metrics;
  const whole = (value: number) => n(value, { maximumFractionDigits: 0 });
  const rows: [string, string][] = [
    [t('metric.hectares_eradicated'), t('stats.ha', { value: whole(m.hectares_eradicated) })],
    [t('metric.hectares_titled'), t('stats.ha', { value: whole(m.hectares_titled) })],
    [t('metric.hectares_restoration'), t('stats.ha', { value: whole(m.hectares_restoration) })],
    [
      t('metric.conservation_agreements'),
      t('stats.agreementsValue', {
        count: whole(m.conservation_agreements),
        hectares: whole(m.conservation_hectares),
      }),
    ],
    [t('metric.labs_destroyed'), whole(m.labs_destroyed)],
    [t('stats.seizures'), t('stats.kg', { value: whole(m.seized_kg) })],
    [t('metric.arrests'), whole(m.arrests)],
  ];
  return (
    <dl className="zstats-list zstats-metrics">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Budget in millions of pesos: "12.345 M COP" (one decimal under 10 M). */
function millionCop(value: number, t: ReturnType<typeof useT>['t'], n: ReturnType<typeof useT>['n']): string {
  const millions = value / 1e6;
  return t('stats.millionCop', { value: n(millions, { maximumFractionDigits: millions < 10 ? 1 : 0 }) });
}
