/**
 * Why the requested size cannot be rendered on this device, with the ways out: the largest size
 * that renders in one piece, and a tiled render (at the requested size, or the largest it reaches).
 */
import { describeSizeProblem, type ExportSizeProblem } from '../../export/check-export-size';
import type { Size } from '../../export/types';
import { useT } from '../use-t';

export interface ExportProblemProps {
  problem: ExportSizeProblem;
  /** The size a tiled render would give, or null when tiling does not help. */
  tiledTarget: Size | null;
  onLargest(): void;
  onTiled(): void;
}

export function ExportProblem({ problem, tiledTarget, onLargest, onTiled }: ExportProblemProps) {
  const { t, lang } = useT();
  return (
    <div className="export-problem" role="alert">
      <p data-testid="export-problem">{describeSizeProblem(problem, lang)}</p>
      {problem.largestFit.width > 0 && (
        <button type="button" onClick={onLargest} data-testid="export-largest">
          {t('export.largest', { width: problem.largestFit.width, height: problem.largestFit.height })}
        </button>
      )}
      {tiledTarget && (
        <button type="button" onClick={onTiled} data-testid="export-tiled">
          {t('export.tiled', { width: tiledTarget.width, height: tiledTarget.height })}
        </button>
      )}
    </div>
  );
}
