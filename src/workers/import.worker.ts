/**
 * Web Worker entry for imports: hands each message to `createImportHandlers` and posts what it
 * answers. No logic of its own; see import-handlers.ts for the protocol and import-client.ts for
 * the page's side.
 */
import { createImportHandlers, type ImportWorkerRequest } from './import-handlers';

const handlers = createImportHandlers((response, transfer) => self.postMessage(response, { transfer }));

self.addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
  void handlers.handle(event.data);
});
