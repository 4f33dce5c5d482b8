/**
 * Horizontal bar chart (plain SVG): one labelled bar per entry with its value at the end. Screen
 * readers get the whole list in the aria-label.
 */
import { useT } from '../use-t';
import { linearScale } from './scale';

export interface Bar {
  key: string;
  label: string;
  value: number;
  color: string;
}

const WIDTH = 300;
const ROW = 18;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 44;

export function BarChart({ bars, label, testId }: { bars: readonly Bar[]; label: string; testId?: string }) {
  const { n } = useT();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = linearScale([0, max], [0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  const height = bars.length * ROW + 4;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${label}: ${bars.map((bar) => `${bar.label} ${n(bar.value)}`).join('; ')}`}
      className="zstats-bars"
      data-testid={testId}
    >
      {bars.map((bar, i) => (
        <g key={bar.key} transform={`translate(0 ${i * ROW + 2})`} data-bar={bar.key}>
          <text className="zstats-bar-label" x={LABEL_WIDTH - 6} y={ROW / 2 + 3} textAnchor="end">
            {truncate(bar.label, 26)}
            <title>{bar.label}</title>
          </text>
          <rect
            x={LABEL_WIDTH}
            y={2}
            width={Math.max(bar.value > 0 ? 1 : 0, x(bar.value))}
            height={ROW - 5}
            fill={bar.color}
          />
          <text className="zstats-bar-value" x={LABEL_WIDTH + x(bar.value) + 4} y={ROW / 2 + 3}>
            {n(bar.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
