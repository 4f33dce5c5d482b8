/**
 * A diagnostic entry, loaded only with the URL parameter `importProbe` (`/?importProbe`): puts the
 * import worker client on `window.atlasImport`, so an end-to-end test, or a developer in the
 * console, can run an import through the real worker in a real browser before the import UI
 * exists. Lazily loaded: the app's own bundle does not carry it.
 *
 * @example
 * // in the browser console on /?importProbe
 * const outcome = await atlasImport.inspect(new File(['id;lat;lon\n1;4,6;-74,1'], 'a.csv'));
 */
import { createImportClient, type ImportClient, startImportWorker } from './import-client';

declare global {
  interface Window {
    atlasImport?: ImportClient;
  }
}

export function installImportProbe(): void {
  window.atlasImport = createImportClient(startImportWorker());
  document.documentElement.dataset.importProbe = 'ready';
}
