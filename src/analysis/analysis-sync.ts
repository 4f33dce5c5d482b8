/**
 * Starts the analysis (loads point data, prepares the worker) and keeps its results in step with
 * the store: every change of filters, selected zone or settings runs one query; an answer that
 * arrives after a newer query started is dropped. The store is seen through `AnalysisStore`, the
 * few fields and actions the sync reads and calls (the app's zustand store satisfies it), so this
 * layer sits below `state` and never imports it.
 *
 * @example
 * const stop = startAnalysisSync(useAtlasStore, createHttpFetcher(), collections);
 * // … later, on unmount: stop();
 */
import type { JsonFetcher } from '../io/fetch-json';
import { loadAnalysisData } from '../io/load-analysis-data';
import type { ZoneCollections } from '../io/load-atlas-data';
import type { CustomArea } from '../io/read-area-file';
import { createAggregateClient, startAggregateWorker } from '../workers/aggregate-client';
import {
  type AnalysisDataView,
  type AnalysisQuery,
  type AnalysisResult,
  type AnalysisStatus,
  startAnalysisSession,
} from './analysis-session';

/** What the sync reads from the store and the actions it calls. */
export interface AnalysisStoreState extends Omit<AnalysisQuery, 'customArea'> {
  customArea: CustomArea | null;
  setAnalysisStatus(status: AnalysisStatus): void;
  setAnalysisData(data: AnalysisDataView): void;
  setAnalysisResult(result: AnalysisResult): void;
}

/** The store seam: zustand's `getState` and `subscribe`, narrowed to `AnalysisStoreState`. */
export interface AnalysisStore {
  getState(): AnalysisStoreState;
  subscribe(listener: (state: AnalysisStoreState, previous: AnalysisStoreState) => void): () => void;
}

/** Settings that change the query's answer (the ranking metric only re-sorts rows in the UI). */
const QUERY_SETTINGS = ['cocaYear', 'changeFrom', 'changeTo', 'rankingLayer', 'beforeAfterType'] as const;

const queryOf = (state: AnalysisStoreState): AnalysisQuery => ({
  filters: state.filters,
  selection: state.selection,
  settings: state.settings,
  customArea: state.customArea,
});

export function startAnalysisSync(
  store: AnalysisStore,
  fetchJson: JsonFetcher,
  collections: ZoneCollections,
): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  let dispose = () => {};
  const fail = (error: unknown) =>
    store
      .getState()
      .setAnalysisStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });

  store.getState().setAnalysisStatus({ state: 'loading' });
  (async () => {
    const data = await loadAnalysisData(fetchJson);
    for (const problem of data.problems) {
      console.warn(
        `${problem.file}: feature ${problem.index}${problem.id ? ` (${problem.id})` : ''}: ${problem.message}`,
      );
    }
    const session = await startAnalysisSession(
      createAggregateClient(startAggregateWorker()),
      collections,
      data,
    );
    if (stopped) {
      session.dispose();
      return;
    }
    dispose = session.dispose;
    store
      .getState()
      .setAnalysisData({ data: session.data, columns: session.columns, layers: session.layers });
    let latest = 0;
    const run = (state: AnalysisStoreState) => {
      const ticket = ++latest;
      session
        .compute(queryOf(state))
        .then((result) => {
          if (ticket === latest && !stopped) store.getState().setAnalysisResult(result);
        })
        .catch(fail);
    };
    run(store.getState());
    unsubscribe = store.subscribe((state, previous) => {
      if (
        state.filters !== previous.filters ||
        state.selection !== previous.selection ||
        state.customArea !== previous.customArea ||
        QUERY_SETTINGS.some((key) => state.settings[key] !== previous.settings[key])
      ) {
        run(state);
      }
    });
  })().catch(fail);

  return () => {
    stopped = true;
    unsubscribe();
    dispose();
  };
}
