/**
 * An in-memory import worker for tests: the real handlers behind structured-cloned messages
 * (transfers honoured), answering asynchronously like a Web Worker.
 */
import type { ImportWorkerLike } from '../import-client';
import {
  createImportHandlers,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from '../import-handlers';

export function fakeImportWorker(): ImportWorkerLike & { messages: ImportWorkerResponse[] } {
  const listeners: ((event: MessageEvent<ImportWorkerResponse>) => void)[] = [];
  const messages: ImportWorkerResponse[] = [];
  const handlers = createImportHandlers((response, transfer) => {
    const data = structuredClone(response, { transfer });
    messages.push(data);
    setTimeout(() => {
      for (const listener of listeners) listener({ data } as MessageEvent<ImportWorkerResponse>);
    }, 0);
  });
  return {
    messages,
    postMessage(message) {
      const request = structuredClone(message) as ImportWorkerRequest;
      setTimeout(() => void handlers.handle(request), 0);
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
}
