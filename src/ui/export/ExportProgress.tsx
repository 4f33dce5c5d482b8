/** The running export's progress (stage or batch zone) with cancel, or the outcome message. */
import type { ExportStage } from '../../export/export-image';
import { useT } from '../use-t';
import type { ExportStatus } from './use-export-task';

const STAGES: ExportStage[] = ['rendering-map', 'composing', 'encoding'];

export function ExportProgress({ status, onCancel }: { status: ExportStatus; onCancel(): void }) {
  const { t } = useT();
  if (status.kind === 'message') {
    return (
      <p className={status.error ? 'export-error' : 'export-done'} role="status" data-testid="export-status">
        {status.text}
      </p>
    );
  }
  if (status.kind !== 'running') return null;
  const batch = status.total !== undefined;
  return (
    <div className="export-progress" role="status">
      <progress
        data-testid="export-progress"
        max={status.total ?? STAGES.length}
        value={batch ? (status.done ?? 0) : status.stage ? STAGES.indexOf(status.stage) : 0}
      />
      <span>
        {batch && status.zone
          ? t('export.batchProgress', { done: status.done ?? 0, total: status.total ?? 0, zone: status.zone })
          : t(`export.stage.${status.stage ?? 'rendering-map'}`)}
      </span>
      <button type="button" onClick={onCancel} data-testid="export-cancel">
        {t('export.cancel')}
      </button>
    </div>
  );
}
