/**
 * The one app store, built from slices (zustand slices pattern). Domain state is plain
 * serialisable data; actions live in their slice. Fast-changing map state (hover) never comes
 * here: the map adapter handles it. The camera is written here only when a move ends.
 */
import { create, type StateCreator } from 'zustand';
import type { AnalysisDataView, AnalysisResult, AnalysisStatus } from '../analysis/analysis-session';
import {
  type AnalysisSettings,
  DEFAULT_SETTINGS,
  EMPTY_FILTERS,
  type FilterState,
} from '../analysis/filters';
import type { ZoneRef } from '../analysis/zone-layers';
import type { Lang } from '../i18n/translate';
import type { Manifest } from '../io/manifest';
import type { CustomArea } from '../io/read-area-file';
import type { Catalog } from './catalog';
import { DEFAULT_OPACITY, DEFAULT_VISIBLE, type ToggleLayerId } from './layers';
import type { UrlState } from './url-state';
import { DEFAULT_VIEW, type View } from './view';

export interface LayersSlice {
  visible: Record<ToggleLayerId, boolean>;
  opacity: Record<ToggleLayerId, number>;
  /** Opt-in online basemap; off by default so the app makes no request outside its origin. */
  onlineBasemap: boolean;
  setLayerVisible(id: ToggleLayerId, visible: boolean): void;
  setLayerOpacity(id: ToggleLayerId, opacity: number): void;
  setOnlineBasemap(on: boolean): void;
}

export interface ViewSlice {
  view: View;
  /** Incremented on each request so that asking twice for the same zone flies twice. */
  flyRequest: { bbox: [number, number, number, number]; sequence: number; instant: boolean } | null;
  setView(view: View): void;
  /** Asks the map to fit a [west, south, east, north] box (animated unless `instant`). */
  flyTo(bbox: [number, number, number, number], instant?: boolean): void;
}

/**
 * The zone filter: a catalog zone (`selection`, kept in the URL) or an imported area
 * (`customArea`, not in the URL: a file cannot travel in a link). Setting one clears the other.
 */
export interface SelectionSlice {
  selection: ZoneRef | null;
  customArea: CustomArea | null;
  select(selection: ZoneRef | null): void;
  setCustomArea(area: CustomArea | null): void;
}

export interface UiSlice {
  lang: Lang;
  sourcesOpen: boolean;
  exportOpen: boolean;
  /** Presentation mode: all UI chrome hidden, the map fills the window (Esc leaves). */
  presentation: boolean;
  setLang(lang: Lang): void;
  setSourcesOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
  setPresentation(on: boolean): void;
}

export type DataStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

export interface DataSlice {
  status: DataStatus;
  manifest: Manifest | null;
  catalog: Catalog | null;
  setData(manifest: Manifest, catalog: Catalog): void;
  setDataError(message: string): void;
}

export interface FiltersSlice {
  filters: FilterState;
  settings: AnalysisSettings;
  setFilter<K extends keyof FilterState>(key: K, value: FilterState[K]): void;
  clearFilters(): void;
  setSetting<K extends keyof AnalysisSettings>(key: K, value: AnalysisSettings[K]): void;
}

export interface AnalysisSlice {
  analysisStatus: AnalysisStatus;
  analysisData: AnalysisDataView | null;
  analysisResult: AnalysisResult | null;
  /** Id of the intervention selected in the table or on the map. */
  selectedIntervention: string | null;
  setAnalysisData(data: AnalysisDataView): void;
  setAnalysisResult(result: AnalysisResult): void;
  setAnalysisStatus(status: AnalysisStatus): void;
  selectIntervention(id: string | null): void;
}

export type AtlasState = LayersSlice &
  FiltersSlice &
  AnalysisSlice &
  ViewSlice &
  SelectionSlice &
  UiSlice &
  DataSlice & {
    /** Replaces the URL-held part of the state at once (on start and on back/forward). */
    applyUrlState(state: UrlState): void;
  };

type Slice<T> = StateCreator<AtlasState, [], [], T>;

const createLayersSlice: Slice<LayersSlice> = (set) => ({
  visible: { ...DEFAULT_VISIBLE },
  opacity: { ...DEFAULT_OPACITY },
  onlineBasemap: false,
  setLayerVisible: (id, visible) => set((s) => ({ visible: { ...s.visible, [id]: visible } })),
  setLayerOpacity: (id, opacity) =>
    set((s) => ({ opacity: { ...s.opacity, [id]: Math.min(1, Math.max(0, opacity)) } })),
  setOnlineBasemap: (on) => set({ onlineBasemap: on }),
});

const createViewSlice: Slice<ViewSlice> = (set) => ({
  view: { ...DEFAULT_VIEW },
  flyRequest: null,
  setView: (view) => set({ view }),
  flyTo: (bbox, instant = false) =>
    set((s) => ({ flyRequest: { bbox, instant, sequence: (s.flyRequest?.sequence ?? 0) + 1 } })),
});

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  selection: null,
  customArea: null,
  select: (selection) => set((s) => ({ selection, customArea: selection ? null : s.customArea })),
  setCustomArea: (customArea) => set((s) => ({ customArea, selection: customArea ? null : s.selection })),
});

const createUiSlice: Slice<UiSlice> = (set) => ({
  lang: 'es',
  sourcesOpen: false,
  exportOpen: false,
  presentation: false,
  setLang: (lang) => set({ lang }),
  setSourcesOpen: (sourcesOpen) => set({ sourcesOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setPresentation: (presentation) => set({ presentation }),
});

const createDataSlice: Slice<DataSlice> = (set) => ({
  status: { state: 'loading' },
  manifest: null,
  catalog: null,
  setData: (manifest, catalog) => set({ manifest, catalog, status: { state: 'ready' } }),
  setDataError: (message) => set({ status: { state: 'error', message } }),
});

const createFiltersSlice: Slice<FiltersSlice> = (set) => ({
  filters: { ...EMPTY_FILTERS },
  settings: { ...DEFAULT_SETTINGS },
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
  clearFilters: () => set({ filters: { ...EMPTY_FILTERS }, selection: null, customArea: null }),
  setSetting: (key, value) => set((s) => ({ settings: { ...s.settings, [key]: value } })),
});

const createAnalysisSlice: Slice<AnalysisSlice> = (set) => ({
  analysisStatus: { state: 'idle' },
  analysisData: null,
  analysisResult: null,
  selectedIntervention: null,
  setAnalysisData: (analysisData) => set({ analysisData }),
  setAnalysisResult: (analysisResult) => set({ analysisResult, analysisStatus: { state: 'ready' } }),
  setAnalysisStatus: (analysisStatus) => set({ analysisStatus }),
  selectIntervention: (selectedIntervention) => set({ selectedIntervention }),
});

/** Creates a fresh store; the app makes one, tests make their own. */
export function createAtlasStore() {
  return create<AtlasState>()((...args) => ({
    ...createLayersSlice(...args),
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createUiSlice(...args),
    ...createDataSlice(...args),
    ...createFiltersSlice(...args),
    ...createAnalysisSlice(...args),
    applyUrlState: (state) =>
      args[0]((current) => ({
        view: state.view,
        visible: state.visible,
        opacity: state.opacity,
        selection: state.selection,
        customArea: state.selection ? null : current.customArea,
        lang: state.lang,
        filters: state.filters,
        settings: state.settings,
      })),
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

/** The app's store. */
export const useAtlasStore = createAtlasStore();

/** The URL-held part of the state. */
export function selectUrlState(state: AtlasState): UrlState {
  return {
    view: state.view,
    visible: state.visible,
    opacity: state.opacity,
    selection: state.selection,
    lang: state.lang,
    filters: state.filters,
    settings: state.settings,
  };
}
