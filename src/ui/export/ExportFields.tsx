/** The export dialog's fields: size (preset or custom), format, title and subtitle. */
import { EXPORT_PRESETS } from '../../export/presets';
import type { ExportFormat, ExportPresetId } from '../../export/types';
import { useT } from '../use-t';
import type { ExportForm } from './use-export-form';

export function ExportFields({ form, busy }: { form: ExportForm; busy: boolean }) {
  const { t, lang } = useT();
  return (
    <div className="export-grid">
      <label>
        {t('export.preset')}
        <select
          value={form.preset}
          onChange={(event) => form.setPreset(event.target.value as ExportPresetId | 'custom')}
          data-testid="export-preset"
          disabled={busy}
        >
          {EXPORT_PRESETS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label[lang]}
            </option>
          ))}
          <option value="custom">{t('export.custom')}</option>
        </select>
      </label>
      {form.preset === 'custom' && (
        <div className="export-custom">
          {(['width', 'height', 'scale'] as const).map((key) => (
            <label key={key}>
              {t(`export.${key}`)}
              <input
                type="number"
                min={key === 'scale' ? 0.25 : 1}
                step={key === 'scale' ? 0.25 : 1}
                value={form.custom[key]}
                onChange={(event) => form.setCustom({ ...form.custom, [key]: event.target.value })}
                data-testid={`export-${key}`}
                disabled={busy}
              />
            </label>
          ))}
        </div>
      )}
      <label>
        {t('export.format')}
        <select
          value={form.format}
          onChange={(event) => form.setFormat(event.target.value as ExportFormat)}
          data-testid="export-format"
          disabled={busy}
        >
          <option value="png">PNG</option>
          <option value="jpeg">JPEG</option>
          <option value="pdf">PDF</option>
        </select>
      </label>
      <label>
        {t('export.mapTitle')}
        <input
          value={form.title}
          onChange={(event) => form.setTitle(event.target.value)}
          data-testid="export-title"
          disabled={busy}
        />
      </label>
      <label>
        {t('export.mapSubtitle')}
        <input
          value={form.subtitle}
          onChange={(event) => form.setSubtitle(event.target.value)}
          data-testid="export-subtitle"
          disabled={busy}
        />
      </label>
    </div>
  );
}
