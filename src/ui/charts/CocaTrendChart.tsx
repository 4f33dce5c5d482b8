/**
 * Line chart of a coca series (plain SVG): y axis in hectares with round ticks, a few year labels,
 * the chosen year marked, contested years drawn as hollow points with a dashed segment leading to
 * them and an asterisk. Screen readers get a summary (role="img" + aria-label) and a visually
 * hidden table of every value.
 */
import type { CocaTrend } from '../../state/zone-coca-trend';
import { useT } from '../use-t';
import { linearScale, linePath, niceTicks } from './scale';

const WIDTH = 300;
const HEIGHT = 170;
const MARGIN = { top: 12, right: 16, bottom: 22, left: 46 };

export interface CocaTrendChartProps {
  trend: CocaTrend;
  zoneName: string;
  year: number;
  contestedYears: readonly number[];
}

export function CocaTrendChart({ trend, zoneName, year, contestedYears }: CocaTrendChartProps) {
  const { t, n } = useT();
  const { years, hectares } = trend;
  if (years.length === 0) return null;
  const first = years[0];
  const last = years[years.length - 1];
  const known = hectares.filter((value): value is number => value !== null);
  const ticks = niceTicks(0, known.length > 0 ? Math.max(...known) : 0, 4);
  const x = linearScale([first, last], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([0, ticks[ticks.length - 1]], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const isContested = (value: number) => contestedYears.includes(value);
  const solid = years.map((yr, i) => [x(yr), isContested(yr) ? null : hectares[i]] as const);
  const points = years.map(
    (yr, i) => [x(yr), hectares[i] === null ? null : y(hectares[i] as number)] as const,
  );
  const solidPath = linePath(solid.map(([px, value]) => [px, value === null ? null : y(value)]));
  // Dashed segments into and out of each contested year.
  const dashed = years
    .map((yr, i) =>
      i > 0 && (isContested(yr) || isContested(years[i - 1])) ? linePath([points[i - 1], points[i]]) : '',
    )
    .filter((path) => path.includes('L'))
    .join('');
  const ha = (value: number | null) =>
    value === null ? t('stats.noData') : n(value, { maximumFractionDigits: 0 });
  const maxIndex = hectares.reduce<number>(
    (best, value, i) => (value !== null && (best < 0 || value > (hectares[best] as number)) ? i : best),
    -1,
  );
  const label = t('stats.trendLabel', {
    zone: zoneName,
    first,
    last,
    firstValue: ha(hectares[0]),
    lastValue: ha(hectares[hectares.length - 1]),
    max: ha(maxIndex < 0 ? null : hectares[maxIndex]),
    maxYear: maxIndex < 0 ? '—' : years[maxIndex],
    year,
    value: ha(hectares[years.indexOf(year)] ?? null),
  });
  const yearLabels = years.filter((yr) => yr === first || yr === last || (yr % 5 === 0 && last - yr >= 2));
  const chosen = years.indexOf(year);
  return (
    <figure className="zstats-chart">
      <figcaption>{t('stats.trend', { first, last })}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        className="zstats-trend"
        data-testid="zstats-trend"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              className="zstats-grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="zstats-axis" x={MARGIN.left - 4} y={y(tick) + 3} textAnchor="end">
              {n(tick, { notation: 'compact', maximumFractionDigits: 1 })}
            </text>
          </g>
        ))}
        {yearLabels.map((yr) => (
          <text key={yr} className="zstats-axis" x={x(yr)} y={HEIGHT - 6} textAnchor="middle">
            {yr}
            {isContested(yr) ? '*' : ''}
          </text>
        ))}
        {chosen >= 0 && (
          <line
            className="zstats-year-mark"
            x1={x(year)}
            x2={x(year)}
            y1={MARGIN.top}
            y2={HEIGHT - MARGIN.bottom}
            data-testid="zstats-year-mark"
          />
        )}
        <path className="zstats-line" d={solidPath} />
        {dashed && <path className="zstats-line zstats-line-contested" d={dashed} />}
        {points.map(([px, py], i) =>
          py === null ? null : (
            <circle
              key={years[i]}
              cx={px}
              cy={py}
              r={years[i] === year ? 3.5 : 2}
              className={`zstats-point${isContested(years[i]) ? ' zstats-point-contested' : ''}${years[i] === year ? ' zstats-point-chosen' : ''}`}
              data-year={years[i]}
            />
          ),
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{t('stats.trend', { first, last })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.year')}</th>
            <th scope="col">{t('stats.hectares')}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((yr, i) => (
            <tr key={yr}>
              <th scope="row">{yr}</th>
              <td>
                {ha(hectares[i])}
                {isContested(yr) ? ` (${t('stats.contestedMark')})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
