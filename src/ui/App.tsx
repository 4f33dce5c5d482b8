/**
 * The app shell: loads the shipped layers, keeps the URL in step, and lays out the header, the
 * layer panel, the map and the info panel.
 */
import { useEffect } from 'react';
import { createHttpFetcher } from '../io/fetch-json';
import { loadAtlasData } from '../io/load-atlas-data';
import { MapHost } from '../map/MapHost';
import { useAtlasStore } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { Header } from './Header';
import { InfoPanel } from './InfoPanel';
import { LayerPanel } from './LayerPanel';
import { SourcesDialog } from './SourcesDialog';
import { useT } from './use-t';

export function App() {
  const { t } = useT();
  const status = useAtlasStore((s) => s.status);

  useEffect(() => {
    const stop = startUrlSync(useAtlasStore, {
      onIgnored: (parameters) => console.warn(`Ignored malformed URL parameters: ${parameters.join(', ')}`),
    });
    loadAtlasData(createHttpFetcher())
      .then(({ manifest, catalog }) => useAtlasStore.getState().setData(manifest, catalog))
      .catch((error: unknown) =>
        useAtlasStore.getState().setDataError(error instanceof Error ? error.message : String(error)),
      );
    return stop;
  }, []);

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <LayerPanel />
        {status.state === 'ready' && <MapHost store={useAtlasStore} />}
        {status.state === 'loading' && <p className="app-status">{t('app.loading')}</p>}
        {status.state === 'error' && (
          <p className="app-status app-error" role="alert">
            {t('app.loadError', { message: status.message })}
          </p>
        )}
        <InfoPanel />
      </main>
      <SourcesDialog />
    </div>
  );
}
