/**
 * Zones of the ranking layer ranked by a metric (filters applied, zone filter not). The metric is
 * the store's `settings.rankingMetric` (in the URL; meant to drive the zone choropleth too);
 * clicking a column header ranks by it, clicking it again flips the order. Clicking a row selects
 * the zone and flies to it. Long layers (municipalities) show the first 200 rows until asked.
 * Figures are those of the last finished query, so headers read that query's years.
 */
import { useMemo, useState } from 'react';
import { ZONE_LAYERS, type ZoneLayerId } from '../analysis/zone-layers';
import {
  isRankingMetric,
  RANKING_METRICS,
  type RankingMetric,
  rankingValue,
  rankZones,
} from '../geo/rank-zones';
import { zoneBBox } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { layerCocaInYear } from '../state/zone-coca-trend';
import { useT } from './use-t';

const ROW_LIMIT = 200;
const FIXED_COLUMNS: readonly RankingMetric[] = ['count', 'budget_cop', 'beneficiaries'];
const COCA_COLUMNS: readonly RankingMetric[] = ['coca', 'coca_change', 'interventions_per_1000_ha'];

export function RankingTable() {
  const { t, n } = useT();
  const result = useAtlasStore((s) => s.analysisResult);
  const data = useAtlasStore((s) => s.analysisData);
  const catalog = useAtlasStore((s) => s.catalog);
  const selection = useAtlasStore((s) => s.selection);
  const rankingLayer = useAtlasStore((s) => s.settings.rankingLayer);
  const metric = useAtlasStore((s) => s.settings.rankingMetric);
  const setSetting = useAtlasStore((s) => s.setSetting);
  const onMap = useAtlasStore((s) => s.visible['ranking-choropleth']);
  const setLayerVisible = useAtlasStore((s) => s.setLayerVisible);
  const select = useAtlasStore((s) => s.select);
  const flyTo = useAtlasStore((s) => s.flyTo);
  const [descending, setDescending] = useState(true);
  const [showAll, setShowAll] = useState(false);

  const query = result?.query.settings;
  const layer = query?.rankingLayer ?? rankingLayer;
  const info = data?.layers[layer];
  const cocaHectares = useMemo(
    () =>
      data && info && query ? layerCocaInYear(data.data.cocaTable, info.codes, query.cocaYear) : undefined,
    [data, info, query],
  );
  const ranked = useMemo(
    () => (result ? rankZones(result.ranking, metric, { cocaHectares, descending }) : []),
    [result, metric, cocaHectares, descending],
  );

  const metricLabel = (m: RankingMetric) =>
    t(`metric.${m}`, {
      year: query?.cocaYear ?? '',
      from: query?.changeFrom ?? '',
      to: query?.changeTo ?? '',
    });
  const columns = [
    ...FIXED_COLUMNS,
    ...(FIXED_COLUMNS.includes(metric) || COCA_COLUMNS.includes(metric) ? [] : [metric]),
    ...COCA_COLUMNS,
  ];
  const format = (m: RankingMetric, value: number | null) => {
    if (value === null) return '—';
    if (m === 'budget_cop') return n(value / 1e6, { maximumFractionDigits: value < 1e7 ? 1 : 0 });
    if (m === 'coca_change')
      return n(value / 100, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    if (m === 'interventions_per_1000_ha') return n(value, { maximumFractionDigits: 2 });
    return n(value, { maximumFractionDigits: 0 });
  };
  const sortBy = (m: RankingMetric) => {
    if (m === metric) setDescending(!descending);
    else {
      setSetting('rankingMetric', m);
      setDescending(true);
    }
  };
  const open = (zone: number) => {
    if (!info) return;
    const ref = { layer, id: info.ids[zone] };
    select(ref);
    const bbox = catalog ? zoneBBox(catalog, ref) : null;
    if (bbox) flyTo(bbox);
  };
  const shown = showAll ? ranked : ranked.slice(0, ROW_LIMIT);

  return (
    <section className="ranking" aria-label={t('drawer.ranking')}>
      <div className="ranking-controls">
        <label>
          {t('ranking.layer')}{' '}
          <select
            value={rankingLayer}
            onChange={(event) => {
              setSetting('rankingLayer', event.target.value as ZoneLayerId);
              setShowAll(false);
            }}
            data-testid="ranking-layer"
          >
            {ZONE_LAYERS.map((id) => (
              <option key={id} value={id}>
                {t(`ranking.layer.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ranking.metric')}{' '}
          <select
            value={metric}
            onChange={(event) => {
              if (isRankingMetric(event.target.value)) sortBy(event.target.value);
            }}
            data-testid="ranking-metric"
          >
            {RANKING_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={onMap}
            onChange={(event) => setLayerVisible('ranking-choropleth', event.target.checked)}
            data-testid="ranking-on-map"
          />{' '}
          {t('ranking.onMap')}
        </label>
        <p className="ranking-note muted">{t('ranking.note')}</p>
      </div>
      {!result || !info ? (
        <p className="muted">{t('ranking.waiting')}</p>
      ) : (
        <>
          <table className="ranking-table" data-testid="ranking-table">
            <caption className="visually-hidden">
              {t('ranking.caption', { layer: t(`ranking.layer.${layer}`), metric: metricLabel(metric) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.rank')}</th>
                <th scope="col">{t('ranking.zone')}</th>
                {columns.map((m) => (
                  <th
                    key={m}
                    scope="col"
                    aria-sort={m === metric ? (descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      className="ranking-sort"
                      onClick={() => sortBy(m)}
                      title={t('ranking.sortBy', { metric: metricLabel(m) })}
                      data-testid={`ranking-sort-${m}`}
                    >
                      {metricLabel(m)}
                      {m === metric ? (descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map(({ row, rank }) => {
                const zone = row.zone as number;
                const isSelected = selection?.layer === layer && selection.id === info.ids[zone];
                return (
                  <tr
                    key={zone}
                    className={isSelected ? 'ranking-selected' : undefined}
                    aria-current={isSelected ? 'true' : undefined}
                    onClick={() => open(zone)}
                    data-testid="ranking-row"
                  >
                    <td>{rank ?? '—'}</td>
                    <th scope="row">
                      <button
                        type="button"
                        className="link"
                        onClick={(event) => {
                          event.stopPropagation();
                          open(zone);
                        }}
                      >
                        {row.name}
                      </button>
                    </th>
                    {columns.map((m) => (
                      <td key={m} className={m === metric ? 'ranking-active' : undefined}>
                        {format(m, rankingValue(row, m, { cocaHectares }))}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {ranked.length > ROW_LIMIT && (
            <p className="ranking-more">
              {!showAll && t('ranking.shown', { shown: ROW_LIMIT, count: ranked.length })}{' '}
              <button type="button" onClick={() => setShowAll(!showAll)} data-testid="ranking-show-all">
                {showAll
                  ? t('ranking.showTop', { count: ROW_LIMIT })
                  : t('ranking.showAll', { count: ranked.length })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
