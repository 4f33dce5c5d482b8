/**
 * "Import area (GeoJSON)": reads a file chosen or dropped here, validates it at the edge
 * (`readAreaFile`) and makes it the zone filter (clearing the catalog selection), then fits the
 * map to it. Problems and skipped features are shown as plain text (role=alert), in the current
 * language; a rejected file changes nothing else.
 */
import { type DragEvent, useRef, useState } from 'react';
import { type AreaProblem, checkAreaFileSize, readAreaFile, type SkippedFeature } from '../io/read-area-file';
import { useAtlasStore } from '../state/store';
import { describeAreaProblem, describeSkippedFeature } from './area-file-messages';
import { useT } from './use-t';

type Outcome =
  | { file: string; state: 'reading' }
  | { file: string; state: 'rejected'; problem: AreaProblem; skipped: SkippedFeature[] }
  | { file: string; state: 'loaded'; name: string; count: number; skipped: SkippedFeature[] };

export function AreaImport() {
  const { t, lang } = useT();
  const setCustomArea = useAtlasStore((s) => s.setCustomArea);
  const flyTo = useAtlasStore((s) => s.flyTo);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const load = async (file: File) => {
    const tooLarge = checkAreaFileSize(file.name, file.size);
    if (tooLarge) {
      setOutcome({ file: file.name, state: 'rejected', problem: tooLarge, skipped: [] });
      return;
    }
    setOutcome({ file: file.name, state: 'reading' });
    const result = readAreaFile(await file.text(), file.name, { bytes: file.size });
    if (!result.ok) {
      setOutcome({ file: file.name, state: 'rejected', problem: result.problem, skipped: result.skipped });
      return;
    }
    setCustomArea(result.area);
    flyTo(result.area.bbox);
    setOutcome({
      file: file.name,
      state: 'loaded',
      name: result.area.name,
      count: result.area.collection.features.length,
      skipped: result.skipped,
    });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void load(file);
  };

  return (
    <section
      className="area-import"
      aria-label={t('area.import')}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <button type="button" onClick={() => input.current?.click()} data-testid="area-import">
        {t('area.import')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept=".geojson,.json,application/geo+json,application/json"
        data-testid="area-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void load(file);
        }}
      />
      <p className="note">{t('area.hint')}</p>
      {outcome?.state === 'reading' && <p className="muted">{t('area.reading', { file: outcome.file })}</p>}
      {outcome?.state === 'rejected' && (
        <p className="app-error" role="alert" data-testid="area-error">
          {describeAreaProblem(lang, outcome.problem)}
        </p>
      )}
      {outcome?.state === 'loaded' && (
        <p className="note" role="status" data-testid="area-loaded">
          {t('area.loaded', { file: outcome.file, name: outcome.name, count: outcome.count })}{' '}
          {t('area.notInLink')}
        </p>
      )}
      {outcome && outcome.state !== 'reading' && outcome.skipped.length > 0 && (
        <ul className="note" role="alert" data-testid="area-skipped">
          {outcome.skipped.slice(0, 20).map((skipped) => (
            <li key={skipped.index}>{describeSkippedFeature(lang, outcome.file, skipped)}</li>
          ))}
          {outcome.skipped.length > 20 && <li>… (+{outcome.skipped.length - 20})</li>}
        </ul>
      )}
    </section>
  );
}
