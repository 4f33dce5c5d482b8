/** The per-zone batch ("atlas"): one image per zone of a layer, framed to the zone, as one ZIP. */
import { BATCH_LAYERS, type BatchLayer } from '../../export/export-context';
import { useT } from '../use-t';

export interface ExportBatchProps {
  layer: BatchLayer;
  onLayer(layer: BatchLayer): void;
  onRun(): void;
  busy: boolean;
}

export function ExportBatch({ layer, onLayer, onRun, busy }: ExportBatchProps) {
  const { t } = useT();
  return (
    <fieldset className="export-batch">
      <legend>{t('export.batchTitle')}</legend>
      <label>
        {t('export.batchLayer')}
        <select
          value={layer}
          onChange={(event) => onLayer(event.target.value as BatchLayer)}
          data-testid="export-batch-layer"
          disabled={busy}
        >
          {BATCH_LAYERS.map((id) => (
            <option key={id} value={id}>
              {t(`layer.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onRun} disabled={busy} data-testid="export-batch-run">
        {t('export.batchRun')}
      </button>
      <p className="muted">{t('export.batchHint')}</p>
    </fieldset>
  );
}
