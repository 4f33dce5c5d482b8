/**
 * Creates and destroys the map adapter, and keeps it in step with the store. Store changes reach
 * the map through `store.subscribe` (no React re-render); the adapter reports back camera moves
 * and clicks as store actions.
 */
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/translate';
import type { AtlasState, AtlasStore } from '../state/store';
import { MapAdapter } from './map-adapter';
import { pointDataFor, styleFor } from './style-for-state';

const styleInputsChanged = (a: AtlasState, b: AtlasState) =>
  a.visible !== b.visible ||
  a.opacity !== b.opacity ||
  a.onlineBasemap !== b.onlineBasemap ||
  a.selection !== b.selection ||
  a.customArea !== b.customArea ||
  a.catalog !== b.catalog ||
  a.manifest !== b.manifest ||
  a.settings.cocaYear !== b.settings.cocaYear ||
  a.analysisData !== b.analysisData ||
  a.analysisResult !== b.analysisResult ||
  a.settings.rankingMetric !== b.settings.rankingMetric ||
  a.selectedIntervention !== b.selectedIntervention;

/** Pushes the point data that changed: filtered interventions and the coca cells. */
function syncPointData(adapter: MapAdapter, state: AtlasState, previous: AtlasState | null) {
  if (!state.analysisData) return;
  if (state.analysisData === previous?.analysisData && state.analysisResult === previous?.analysisResult)
    return;
  const data = pointDataFor(state);
  if (data['coca-estimates']) adapter.setPointData('coca-estimates', data['coca-estimates']);
  if (data.interventions) adapter.setPointData('interventions', data.interventions);
}

export function MapHost({ store }: { store: AtlasStore }) {
  const container = useRef<HTMLElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const lang = store((s) => s.lang);

  useEffect(() => {
    if (!container.current) return;
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter(container.current, {
        style: styleFor(store.getState()),
        view: store.getState().view,
        initialBounds: store.getState().flyRequest?.bbox,
        onMoveEnd: (view) => store.getState().setView(view),
        onClickMunicipality: (divipola) =>
          store.getState().select(divipola ? { layer: 'municipalities', id: divipola } : null),
        onClickIntervention: (id) => store.getState().selectIntervention(id),
        describeHover: (info) => {
          const state = store.getState();
          const parts = [`${info.name} (${info.department})`];
          if (info.pdetSubregion) parts.push(`${translate(state.lang, 'info.pdet')}: ${info.pdetSubregion}`);
          return parts.join(' · ');
        },
        onError: (message) => console.error(`map: ${message}`),
      });
    } catch (error) {
      setFailure(String(error instanceof Error ? error.message : error));
      return;
    }
    syncPointData(adapter, store.getState(), null);
    const unsubscribe = store.subscribe((state, previous) => {
      if (styleInputsChanged(state, previous)) adapter.setStyle(styleFor(state));
      syncPointData(adapter, state, previous);
      if (state.flyRequest && state.flyRequest !== previous.flyRequest) {
        adapter.fitZone(state.flyRequest.bbox, state.flyRequest.instant);
      } else if (state.view !== previous.view) adapter.jumpTo(state.view);
    });
    return () => {
      unsubscribe();
      adapter.destroy();
    };
  }, [store]);

  return (
    <div className="map-host">
      <section ref={container} className="map-container" aria-label={translate(lang, 'map.label')} />
      {failure && (
        <p className="map-failure" role="alert">
          {translate(lang, 'map.webglError', { message: failure })}
        </p>
      )}
    </div>
  );
}
