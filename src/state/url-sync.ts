/**
 * Keeps the URL hash and the store in step: state changes rewrite the hash (replaceState, so the
 * history is not flooded), and a hash edited by the user or back/forward is applied to the store.
 */
import type { AtlasStore } from './store';
import { selectUrlState } from './store';
import { decodeUrlState, encodeUrlState } from './url-state';
import { COLOMBIA_BOUNDS } from './view';

export interface UrlSyncOptions {
  onIgnored?(parameters: string[]): void;
}

/** Applies the current hash to the store, then keeps both in step. Returns a stop function. */
export function startUrlSync(store: AtlasStore, options: UrlSyncOptions = {}): () => void {
  const apply = () => {
    const { state, ignored, hasView } = decodeUrlState(window.location.hash);
    if (ignored.length > 0) options.onIgnored?.(ignored);
    store.getState().applyUrlState(state);
    if (!hasView) store.getState().flyTo([...COLOMBIA_BOUNDS], true);
    document.documentElement.lang = state.lang;
  };
  apply();
  let written = window.location.hash.replace(/^#/, '');
  const unsubscribe = store.subscribe((state) => {
    const hash = encodeUrlState(selectUrlState(state));
    document.documentElement.lang = state.lang;
    if (hash === written) return;
    written = hash;
    window.history.replaceState(null, '', `#${hash}`);
  });
  const onHashChange = () => {
    if (window.location.hash.replace(/^#/, '') !== written) apply();
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
