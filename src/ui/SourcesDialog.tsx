/** Where every layer comes from: the manifest as a table, and any DIVIPOLA unit without a polygon. */
import { useEffect, useRef } from 'react';
import { useAtlasStore } from '../state/store';
import { useT } from './use-t';

export function SourcesDialog() {
  const { t, n, lang } = useT();
  const open = useAtlasStore((s) => s.sourcesOpen);
  const setOpen = useAtlasStore((s) => s.setSourcesOpen);
  const manifest = useAtlasStore((s) => s.manifest);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close?.();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="sources-dialog"
      onClose={() => setOpen(false)}
      aria-labelledby="sources-title"
    >
      <h2 id="sources-title">{t('sources.title')}</h2>
      {manifest && (
        <>
          <p className="muted">{manifest.boundary_source}</p>
          <table>
            <thead>
              <tr>
                <th>{t('sources.layer')}</th>
                <th>{t('sources.source')}</th>
                <th>{t('sources.licence')}</th>
                <th>{t('sources.year')}</th>
                <th>{t('sources.features')}</th>
              </tr>
            </thead>
            <tbody>
              {manifest.layers.map((layer) => (
                <tr key={layer.id}>
                  <td>
                    {layer.title[lang]}
                    {layer.allocation === 'approximate' && (
                      <span className="badge badge-approx">{t('layers.approximate')}</span>
                    )}
                    {(layer.allocation === 'sample' || layer.allocation === 'synthetic') && (
                      <span className="badge badge-sample">
                        {layer.allocation === 'sample' ? t('layers.sample') : t('layers.synthetic')}
                      </span>
                    )}
                    {layer.note && <p className="muted">{layer.note[lang]}</p>}
                  </td>
                  <td>{layer.source}</td>
                  <td>{layer.licence}</td>
                  <td>{layer.year}</td>
                  <td className="number">{n(layer.feature_count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {manifest.missing.length > 0 && (
            <>
              <h3>{t('sources.missing')}</h3>
              <ul>
                {manifest.missing.map((m) => (
                  <li key={m.divipola}>
                    {m.name} ({m.department}, {m.divipola})
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <form method="dialog">
        <button type="submit">{t('sources.close')}</button>
      </form>
    </dialog>
  );
}
