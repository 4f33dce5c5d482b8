/**
 * The before/after comparison of coca for one intervention type (see `aggregateBeforeAfter` for
 * the method). The rows are for the zones of the ranking layer: the selected zone's row when the
 * selection is on that layer, otherwise the treated zones of the ranking layer, saying so. The
 * method and its caveats are always shown.
 */
import type { ReactNode } from 'react';
import type { BeforeAfterRow } from '../geo/aggregate-before-after';
import { INTERVENTION_TYPES, type InterventionType } from '../io/schemas';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

const TABLE_LIMIT = 15;

export function BeforeAfterPanel() {
  const { t, n } = useT();
  const result = useAtlasStore((s) => s.analysisResult);
  const layers = useAtlasStore((s) => s.analysisData?.layers);
  const type = useAtlasStore((s) => s.settings.beforeAfterType);
  const setSetting = useAtlasStore((s) => s.setSetting);
  if (!result || !layers) return null;

  const { rankingLayer } = result.query.settings;
  const selection = result.query.selection;
  const info = layers[rankingLayer];
  const layerName = t(`ranking.layer.${rankingLayer}`);
  const ha = (value: number | null, signed = false) =>
    value === null
      ? '—'
      : t('stats.ha', {
          value: n(value, { maximumFractionDigits: 0, signDisplay: signed ? 'exceptZero' : 'auto' }),
        });
  const percent = (value: number | null) =>
    value === null
      ? ''
      : ` (${n(value / 100, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })})`;
  const points = (value: number | null) =>
    value === null
      ? ''
      : ` (${t('ba.percentPoints', { value: n(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }) })})`;

  let body: ReactNode;
  if (selection && selection.layer === rankingLayer) {
    const index = info.indexOf.get(selection.id);
    const row = result.beforeAfter.find((r) => r.zone === index);
    const name = index === undefined ? selection.id : info.names[index];
    body = row ? (
      <ZoneComparison row={row} ha={ha} percent={percent} points={points} />
    ) : (
      <p className="muted">{t('ba.notTreated', { zone: name })}</p>
    );
  } else {
    const rows = [...result.beforeAfter].sort(
      (a, b) => Math.abs(b.difference ?? -1) - Math.abs(a.difference ?? -1) || a.zone - b.zone,
    );
    body = (
      <>
        {selection && <p className="note">{t('ba.otherLayer', { layer: layerName })}</p>}
        {rows.length === 0 ? (
          <p className="muted">{t('ba.none', { layer: layerName })}</p>
        ) : (
          <table className="zstats-ba-table" data-testid="zstats-ba-table">
            <caption>{t('ba.treatedZones', { layer: layerName, count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ba.zone')}</th>
                <th scope="col">T</th>
                <th scope="col">{t('ba.change')}</th>
                <th scope="col">{t('ba.controlColumn')}</th>
                <th scope="col">{t('ba.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, TABLE_LIMIT).map((row) => (
                <tr key={row.zone}>
                  <th scope="row">{info.names[row.zone] ?? row.zone}</th>
                  <td>{row.firstYear}</td>
                  <td>{ha(row.change, true)}</td>
                  <td>{ha(row.controlChange, true)}</td>
                  <td>{ha(row.difference, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rows.length > TABLE_LIMIT && (
          <p className="muted">{t('ba.more', { shown: TABLE_LIMIT, count: rows.length })}</p>
        )}
      </>
    );
  }

  return (
    <section className="zstats-ba" aria-label={t('ba.title')} data-testid="zstats-before-after">
      <h3>{t('ba.title')}</h3>
      <label className="zstats-field">
        {t('ba.type')}{' '}
        <select
          value={type}
          onChange={(event) => setSetting('beforeAfterType', event.target.value as InterventionType)}
          data-testid="zstats-ba-type"
        >
          {INTERVENTION_TYPES.map((value) => (
            <option key={value} value={value}>
              {value} · {t(`type.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {body}
      <p className="note zstats-caveat">{t('ba.caveat')}</p>
      <details>
        <summary>{t('ba.methodTitle')}</summary>
        <p className="zstats-method">{t('ba.method')}</p>
      </details>
    </section>
  );
}

function ZoneComparison({
  row,
  ha,
  percent,
  points,
}: {
  row: BeforeAfterRow;
  ha: (value: number | null, signed?: boolean) => string;
  percent: (value: number | null) => string;
  points: (value: number | null) => string;
}) {
  const { t } = useT();
  if (!row.beforeYears || !row.afterYears) {
    return (
      <>
        <p className="zstats-ba-first">
          {t('ba.firstYear')}: {row.firstYear}
        </p>
        <p className="muted">{t('ba.noWindow')}</p>
      </>
    );
  }
  const [beforeFrom, beforeTo] = row.beforeYears;
  const [afterFrom, afterTo] = row.afterYears;
  return (
    <dl className="zstats-list" data-testid="zstats-ba-zone">
      <dt>{t('ba.firstYear')}</dt>
      <dd>{row.firstYear}</dd>
      <dt>{t('ba.before', { from: beforeFrom, to: beforeTo })}</dt>
      <dd>{ha(row.before)}</dd>
      <dt>{t('ba.after', { from: afterFrom, to: afterTo })}</dt>
      <dd>{ha(row.after)}</dd>
      <dt>{t('ba.change')}</dt>
      <dd data-testid="zstats-ba-change">
        {ha(row.change, true)}
        {percent(row.changePercent)}
      </dd>
      <dt>{t('ba.controlChange', { count: row.controlZones })}</dt>
      <dd>
        {ha(row.controlChange, true)}
        {percent(row.controlChangePercent)}
      </dd>
      <dt>{t('ba.difference')}</dt>
      <dd data-testid="zstats-ba-difference">
        {ha(row.difference, true)}
        {points(row.differencePercent)}
      </dd>
      {row.controlZones === 0 && <dd className="zstats-wide muted">{t('ba.noControl')}</dd>}
    </dl>
  );
}
