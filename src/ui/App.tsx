/**
 * The app shell: loads the shipped layers, starts the analysis, keeps the URL in step, and lays
 * out the header, the layer/filter panel, the map with its bottom drawer (table, ranking) and the
 * side panel (zone details and statistics).
 */
import { useEffect } from 'react';
import { startAnalysisSync } from '../analysis/analysis-sync';
import { createHttpFetcher } from '../io/fetch-json';
import { loadAtlasData } from '../io/load-atlas-data';
import { MapHost } from '../map/MapHost';
import { buildCatalog } from '../state/catalog';
import { useAtlasStore } from '../state/store';
import { startUrlSync } from '../state/url-sync';
import { BottomDrawer } from './BottomDrawer';
import { ExportDialog } from './ExportDialog';
import { FilterChips } from './FilterChips';
import { Header } from './Header';
import { InfoPanel } from './InfoPanel';
import { LayerPanel } from './LayerPanel';
import { SourcesDialog } from './SourcesDialog';
import { useT } from './use-t';
import { ZoneStats } from './ZoneStats';

export function App() {
  const { t } = useT();
  const status = useAtlasStore((s) => s.status);
  const analysisState = useAtlasStore((s) => s.analysisStatus.state);
  const presentation = useAtlasStore((s) => s.presentation);

  useEffect(() => {
    const stop = startUrlSync(useAtlasStore, {
      onIgnored: (parameters) => console.warn(`Ignored malformed URL parameters: ${parameters.join(', ')}`),
    });
    const fetchJson = createHttpFetcher();
    let stopAnalysis = () => {};
    loadAtlasData(fetchJson)
      .then(({ manifest, collections }) => {
        useAtlasStore.getState().setData(manifest, buildCatalog(manifest, collections));
        stopAnalysis = startAnalysisSync(useAtlasStore, fetchJson, collections);
      })
      .catch((error: unknown) =>
        useAtlasStore.getState().setDataError(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      stop();
      stopAnalysis();
    };
  }, []);

  useEffect(() => {
    // Journeys wait on this as they wait on the map's idle flag.
    document.documentElement.dataset.analysis = analysisState;
  }, [analysisState]);

  return (
    <div className={presentation ? 'app export-presentation' : 'app'}>
      <Header />
      <main className="app-main">
        <LayerPanel />
        <div className="map-column">
          <div className="map-area">
            {status.state === 'ready' && <MapHost store={useAtlasStore} />}
            {status.state === 'loading' && <p className="app-status">{t('app.loading')}</p>}
            {status.state === 'error' && (
              <p className="app-status app-error" role="alert">
                {t('app.loadError', { message: status.message })}
              </p>
            )}
            <FilterChips />
          </div>
          <BottomDrawer />
        </div>
        <aside className="side-panel">
          <InfoPanel />
          <ZoneStats />
        </aside>
      </main>
      <SourcesDialog />
      <ExportDialog />
    </div>
  );
}
